/**
 * The search page: query and filters in the URL, results as you type, counts per filter value,
 * Back and Forward restoring earlier searches.
 */
import {loadPagefind, type PagefindResult} from './pagefind'
import {resultItem} from './result-card'
import {facetedSearch, showCounts} from './faceted-search'
import {asLocale} from '../../i18n/locales'
import {translations} from '../../i18n/translations'
import {NEXT_KEYSTROKE_MS, checkedFilters, keepFormInAddress, typingPaused, writeFilterState} from './filter-state'

/** Results shown at first, and added by each press of "Show more results". */
const PAGE_SIZE = 20

/** Wires the search form on /search/. */
export function startSearchPage(): void {
  const t = translations(asLocale(document.documentElement.lang)).search
  const form = document.querySelector<HTMLFormElement>('#search-form')!
  const input = form.querySelector<HTMLInputElement>('#search-query')!
  const status = document.querySelector<HTMLElement>('#search-status')!
  const list = document.querySelector<HTMLUListElement>('#search-results')!
  const more = document.querySelector<HTMLButtonElement>('#search-more')!
  // Beside the results on wide screens, the filters are always open; on phones, a tap away.
  if (window.matchMedia('(min-width: 48rem)').matches) document.querySelector<HTMLDetailsElement>('#search-filters')!.open = true
  let version = 0
  let pending: {data(): Promise<PagefindResult>}[] = []

  const search = async (typing = false) => {
    const mine = ++version
    const term = input.value.trim()
    const filters = checkedFilters(form)
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren()
      status.textContent = ''
      more.hidden = true
      return
    }
    const result = await facetedSearch(await loadPagefind(), term || null, filters, {debounceMs: typing ? NEXT_KEYSTROKE_MS : 0})
    if (!result || mine !== version) return
    list.replaceChildren()
    pending = result.results
    if (!(await showMore(mine))) return
    status.textContent = result.results.length === 0 ? t.noResults(term) : t.results(result.results.length, term)
    // Counts need every filter's data: load it for the query the visitor settles on, not for each keystroke.
    await typingPaused(input)
    if (mine !== version) return
    const counts = await result.counts()
    if (mine !== version) return
    showCounts(form, counts)
  }

  /** Appends the next page of results; false when a newer search has replaced this one. */
  const showMore = async (mine = version): Promise<boolean> => {
    const batch = pending.slice(0, PAGE_SIZE)
    pending = pending.slice(PAGE_SIZE)
    const data = await Promise.all(batch.map((entry) => entry.data()))
    if (mine !== version) return false
    list.append(...data.map((entry) => resultItem(entry)))
    more.hidden = pending.length === 0
    more.textContent = t.showMore(pending.length)
    return true
  }

  more.addEventListener('click', () => {
    // Keep keyboard focus in the list: move it to the first of the new results.
    const firstNew = list.children.length
    void showMore().then(() => list.children[firstNew]?.querySelector('a')?.focus())
  })

  // Pagefind and its index load as soon as the visitor is about to search, not on the first key.
  const warmUp = () => void loadPagefind()
  input.addEventListener('focus', warmUp, {once: true})
  if (document.activeElement === input) warmUp()

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    writeFilterState(form, 'push')
    void search()
  })
  keepFormInAddress(form, input, {query: () => void search(true), filters: () => void search()})
}
