/**
 * The search page: query and filters in the URL, results as you type, counts per filter value,
 * Back and Forward restoring earlier searches.
 */
import {loadPagefind} from './pagefind'
import {resultItem} from './result-card'
import {readFilterState, writeFilterState, checkedFilters} from './filter-state'

const SHOWN = 30

/** Wires the search form on /search/. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!
  const input = form.querySelector<HTMLInputElement>('#search-query')!
  const status = document.querySelector<HTMLElement>('#search-status')!
  const list = document.querySelector<HTMLUListElement>('#search-results')!
  let version = 0
  let typingTimer: number | undefined
  let filtersLoaded: Promise<unknown> | undefined

  const search = async () => {
    const mine = ++version
    const term = input.value.trim()
    const filters = checkedFilters(form)
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren()
      status.textContent = ''
      return
    }
    status.textContent = 'Searching…'
    const pagefind = await loadPagefind()
    // Pagefind loads filter data lazily, per filter searched; counts need all of it.
    filtersLoaded ??= pagefind.filters()
    await filtersLoaded
    const result = await pagefind.search(term || null, {filters})
    if (mine !== version) return
    const data = await Promise.all(result.results.slice(0, SHOWN).map((entry) => entry.data()))
    if (mine !== version) return
    list.replaceChildren(...data.map((entry) => resultItem(entry)))
    const what = term ? ` for “${term}”` : ''
    status.textContent = result.results.length === 0 ? `No results${what}.` : `${result.results.length} result${result.results.length === 1 ? '' : 's'}${what}${result.results.length > SHOWN ? `; showing the first ${SHOWN}` : ''}.`
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

  const restore = () => {
    readFilterState(form, new URL(location.href))
    void search()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    writeFilterState(form, 'push')
    void search()
  })
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer)
    typingTimer = window.setTimeout(() => {
      writeFilterState(form, 'replace')
      void search()
    }, 250)
  })
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) {
      writeFilterState(form, 'push')
      void search()
    }
  })
  window.addEventListener('popstate', restore)
  restore()
}

/** Shows, beside each filter value, how many results it would give with the current search. */
function updateCounts(form: HTMLFormElement, counts: Record<string, Record<string, number>>): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = counts[box.name]?.[box.dataset.label!] ?? 0
    const label = form.querySelector(`label[for="${box.id}"] [data-count]`)
    if (label) label.textContent = `(${count})`
  }
}
