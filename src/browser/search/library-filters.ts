/**
 * The full library page with JavaScript: the facet links give way to checkboxes and a query box
 * that narrow the list in place. Within a facet any checked value matches; across facets all
 * must. Each value's count says how many resources it would leave, given the other facets.
 * The query narrows through Pagefind (loaded only once someone types).
 */
import {loadPagefind} from './pagefind'
import {keepFormInAddress} from './filter-state'

const FACET_KEYS = ['type', 'pillar', 'audience', 'year'] as const

/** Enhances the library on /resources/ (the pre-rendered facet pages stay as links). */
export function startLibraryFilters(): void {
  const root = document.querySelector<HTMLElement>('[data-library="filterable"]')
  if (!root) return
  const form = root.querySelector<HTMLFormElement>('#library-form')!
  const links = root.querySelector<HTMLElement>('[data-facet-links]')!
  const status = root.querySelector<HTMLElement>('#library-status')!
  const query = form.querySelector<HTMLInputElement>('#library-query')!
  const items = [...root.querySelectorAll<HTMLLIElement>('li[data-resource-url]')]
  links.hidden = true
  form.hidden = false

  let matchingUrls: Set<string> | null = null
  let version = 0

  const valuesOf = (item: HTMLLIElement, key: string) => (item.dataset[key] ?? '').split(' ')
  const checked = () =>
    Object.fromEntries(
      FACET_KEYS.map((key) => [key, [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((box) => box.value)]),
    )
  const matches = (item: HTMLLIElement, selection: Record<string, string[]>, except?: string) =>
    (matchingUrls === null || matchingUrls.has(item.dataset.resourceUrl!)) &&
    FACET_KEYS.every(
      (key) => key === except || selection[key].length === 0 || selection[key].some((value) => valuesOf(item, key).includes(value)),
    )

  const apply = () => {
    const selection = checked()
    let shown = 0
    for (const item of items) {
      item.hidden = !matches(item, selection)
      if (!item.hidden) shown += 1
    }
    status.textContent = `${shown} resource${shown === 1 ? '' : 's'}${query.value.trim() ? ` matching “${query.value.trim()}”` : ''}`
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const count = items.filter((item) => matches(item, selection, box.name) && valuesOf(item, box.name).includes(box.value)).length
      const label = form.querySelector(`label[for="${box.id}"] [data-count]`)
      if (label) label.textContent = `(${count})`
    }
  }

  const runQuery = async () => {
    const mine = ++version
    const term = query.value.trim()
    if (!term) {
      matchingUrls = null
      return apply()
    }
    const pagefind = await loadPagefind()
    const search = await pagefind.search(term, {filters: {kind: {any: ['Resource']}}})
    const data = await Promise.all(search.results.map((result) => result.data()))
    if (mine !== version) return
    matchingUrls = new Set(data.map((entry) => new URL(entry.url, location.origin).pathname))
    apply()
  }

  form.addEventListener('submit', (event) => event.preventDefault())
  // Filters narrow the cards already matched; only a new query asks Pagefind again.
  keepFormInAddress(form, query, {query: () => void runQuery(), filters: apply})
}
