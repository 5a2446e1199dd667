/**
 * The search page: query and filters in the URL, results as you type, counts per filter value,
 * Back and Forward restoring earlier searches.
 */
import {loadPagefind, type PagefindResult} from './pagefind'
import {resultItem} from './result-card'
import {checkedFilters, keepFormInAddress, writeFilterState} from './filter-state'

/** Results shown at first, and added by each press of "Show more results". */
const PAGE_SIZE = 20

/** Wires the search form on /search/. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!
  const input = form.querySelector<HTMLInputElement>('#search-query')!
  const status = document.querySelector<HTMLElement>('#search-status')!
  const list = document.querySelector<HTMLUListElement>('#search-results')!
  const more = document.querySelector<HTMLButtonElement>('#search-more')!
  let version = 0
  let pending: {data(): Promise<PagefindResult>}[] = []
  let filtersLoaded: Promise<unknown> | undefined

  const search = async () => {
    const mine = ++version
    const term = input.value.trim()
    const filters = checkedFilters(form)
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren()
      status.textContent = ''
      more.hidden = true
      return
    }
    status.textContent = 'Searching…'
    const pagefind = await loadPagefind()
    // Pagefind loads filter data lazily, per filter searched; counts need all of it.
    filtersLoaded ??= pagefind.filters()
    await filtersLoaded
    const result = await pagefind.search(term || null, {filters})
    if (mine !== version) return
    list.replaceChildren()
    pending = result.results
    if (!(await showMore(mine))) return
    const what = term ? ` for “${term}”` : ''
    status.textContent =
      result.results.length === 0
        ? `No results${what}.`
        : `${result.results.length} result${result.results.length === 1 ? '' : 's'}${what}.`
    // Within one filter, values combine with "or": each value's count ignores the other
    // values checked in its own filter, so Toolkit (4) still says 4 once Guide is checked.
    const counts = {...result.filters}
    for (const name of Object.keys(filters)) {
      const {[name]: _own, ...others} = filters
      const without = await pagefind.search(term || null, {filters: others})
      counts[name] = without.filters[name] ?? {}
    }
    if (mine !== version) return
    updateCounts(form, counts)
  }

  /** Appends the next page of results; false when a newer search has replaced this one. */
  const showMore = async (mine = version): Promise<boolean> => {
    const batch = pending.slice(0, PAGE_SIZE)
    pending = pending.slice(PAGE_SIZE)
    const data = await Promise.all(batch.map((entry) => entry.data()))
    if (mine !== version) return false
    list.append(...data.map((entry) => resultItem(entry)))
    more.hidden = pending.length === 0
    more.textContent = `Show more results (${pending.length} more)`
    return true
  }

  more.addEventListener('click', () => {
    // Keep keyboard focus in the list: move it to the first of the new results.
    const firstNew = list.children.length
    void showMore().then(() => list.children[firstNew]?.querySelector('a')?.focus())
  })

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    writeFilterState(form, 'push')
    void search()
  })
  keepFormInAddress(form, input, {query: () => void search(), filters: () => void search()})
}

/** Shows, beside each filter value, how many results it would give with the current search. */
function updateCounts(form: HTMLFormElement, counts: Record<string, Record<string, number>>): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = counts[box.name]?.[box.dataset.label!] ?? 0
    const label = form.querySelector(`label[for="${box.id}"] [data-count]`)
    if (label) label.textContent = `(${count})`
  }
}
