/**
 * The search page: query and filters in the URL, results as you type, counts per filter value,
 * Back and Forward restoring earlier searches. The results are painted first; the counts follow
 * once typing pauses, and only while the filters are on show (a column on wide screens, a
 * disclosure on phones). With nothing asked, the counts are the index's totals, written by the build.
 */
import {loadPagefind, type PagefindHit} from './pagefind'
import {resultItem} from './result-card'
import {facetedSearch, showCounts, type FacetedSearch} from './faceted-search'
import {SHORTEST_TYPED_TERM, latestOnly} from './latest-only'
import {asLocale} from '../../i18n/locales'
import {translations} from '../../i18n/translations'
import {COUNTS_PAUSE_MS, checkedFilters, keepFormInAddress, typingPaused, writeFilterState} from './filter-state'
import type {FilterChoices, FilterCounts} from './facet-counts'
import {FILTER_TOTALS_FILE, type FilterTotals} from '../../lib/filter-totals-file'

/** Results shown at first, and added by each press of "Show more results": a screen or two, each a fragment of the index to fetch. */
const PAGE_SIZE = 10

/** Wires the search form on /search/. */
export function startSearchPage(): void {
  const t = translations(asLocale(document.documentElement.lang)).search
  const form = document.querySelector<HTMLFormElement>('#search-form')!
  const input = form.querySelector<HTMLInputElement>('#search-query')!
  const status = document.querySelector<HTMLElement>('#search-status')!
  const list = document.querySelector<HTMLUListElement>('#search-results')!
  const more = document.querySelector<HTMLButtonElement>('#search-more')!
  const filtersShown = document.querySelector<HTMLDetailsElement>('#search-filters')!
  // Beside the results on wide screens, the filters are always open; on phones, a tap away.
  if (window.matchMedia('(min-width: 48rem)').matches) filtersShown.open = true
  const find = latestOnly(async (term: string | null, filters: FilterChoices) => facetedSearch(await loadPagefind(), term, filters))
  let version = 0
  let pending: PagefindHit[] = []
  /** The search whose results are on screen (none with nothing asked), and which call of `search` put it there. */
  let shown: FacetedSearch | undefined
  let shownVersion = 0

  /** Puts the counts of what is on screen beside the filters, if they are on show (a search still running will when it is done). */
  const updateCounts = async () => {
    const mine = version
    if (!filtersShown.open || shownVersion !== mine) return
    const counts = shown ? await shown.counts() : await filterTotals().catch(() => undefined)
    if (counts && mine === version) showCounts(form, counts)
  }

  const search = async () => {
    const mine = ++version
    const term = input.value.trim()
    const filters = checkedFilters(form)
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren()
      status.textContent = ''
      more.hidden = true
      shown = undefined
      shownVersion = mine
      return updateCounts()
    }
    // One or two letters wait for a pause in typing (`latest-only.ts`).
    if (term.length < SHORTEST_TYPED_TERM) await typingPaused(input)
    if (mine !== version) return
    const result = await find(term || null, filters)
    if (!result || mine !== version) return
    list.replaceChildren()
    pending = result.results
    if (!(await showMore(mine))) return
    status.textContent = result.results.length === 0 ? t.noResults(term) : t.results(result.results.length, term)
    shown = result
    shownVersion = mine
    // Counts need the filters' files and a pass over them: for the query the visitor settles on, not each keystroke.
    await typingPaused(input, COUNTS_PAUSE_MS)
    if (mine === version) await updateCounts()
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
  filtersShown.addEventListener('toggle', () => void updateCounts())

  // Pagefind and its index load as soon as the visitor is about to search, not on the first key.
  const warmUp = () => void loadPagefind()
  input.addEventListener('focus', warmUp, {once: true})
  if (document.activeElement === input) warmUp()

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    writeFilterState(form, 'push')
    void search()
  })
  keepFormInAddress(form, input, {query: () => void search(), filters: () => void search()})
}

let totals: Promise<FilterCounts | undefined> | undefined

/** Each filter value's page count in this page's index (Pagefind's, named after the page's language), as the build wrote them. */
function filterTotals(): Promise<FilterCounts | undefined> {
  totals ??= fetch(`/pagefind/${FILTER_TOTALS_FILE}`).then(async (response) =>
    response.ok ? ((await response.json()) as FilterTotals)[document.documentElement.lang.toLowerCase()] : undefined,
  )
  return totals
}
