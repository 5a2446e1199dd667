/**
 * The search page: query and filters in the URL, results as you type, counts per filter value,
 * Back and Forward restoring earlier searches. The results are painted first; the counts follow
 * once typing pauses, and only while the filters are on show (a column on wide screens, a
 * disclosure on phones). With nothing asked, the counts are the index's totals, written by the build.
 *
 * The partnership directory has a search index of its own (`partnership-index.ts`): a search
 * paints the site's results first, then searches the directory too and says, in a line of its
 * own, how many partnerships match, with a link that shows them (the kind filter "Partnership").
 * Asked for partnerships, the page searches both before painting.
 */
import {loadPagefind, type PagefindHit} from './pagefind'
import {afterPaint} from './after-paint'
import {withPartnerships} from './partnership-index'
import {resultItem} from './result-card'
import {facetedSearch, showCounts, type FacetedSearch} from './faceted-search'
import {SHORTEST_TYPED_TERM, latestOnly} from './latest-only'
import {asLocale} from '../../i18n/locales'
import {searchTranslations} from '../../i18n/search-translations'
import {COUNTS_PAUSE_MS, checkedFilters, filterStateAddress, keepFormInAddress, typingPaused, writeFilterState} from './filter-state'
import type {FilterChoices, FilterCounts} from './facet-counts'
import {FILTER_TOTALS_FILE, type FilterTotals} from '../../lib/filter-totals-file'

/** Results shown at first, and added by each press of "Show more results": a screen or two, each a fragment of the index to fetch. */
const PAGE_SIZE = 10

/** Wires the search form on /search/. */
export function startSearchPage(): void {
  const t = searchTranslations(asLocale(document.documentElement.lang)).search
  const form = document.querySelector<HTMLFormElement>('#search-form')!
  const input = form.querySelector<HTMLInputElement>('#search-query')!
  const status = document.querySelector<HTMLElement>('#search-status')!
  const list = document.querySelector<HTMLUListElement>('#search-results')!
  const more = document.querySelector<HTMLButtonElement>('#search-more')!
  const partnershipLine = document.querySelector<HTMLElement>('#search-partnerships')!
  const directoryKind = searchTranslations(asLocale(document.documentElement.lang)).searchKinds.Partnership
  const directoryBox = form.querySelector<HTMLInputElement>('input[name="kind"][value="Partnership"]')!
  const filtersShown = document.querySelector<HTMLDetailsElement>('#search-filters')!
  // Beside the results on wide screens, the filters are always open; on phones, a tap away.
  if (window.matchMedia('(min-width: 48rem)').matches) filtersShown.open = true
  /** Searches the site's index, or both when the directory is asked for (or already searched on this page). */
  const find = latestOnly(async (term: string | null, filters: FilterChoices, directoryToo: boolean) =>
    facetedSearch(await (directoryToo ? withPartnerships() : loadPagefind()), term, filters, {}, directoryKind),
  )
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
    partnershipLine.replaceChildren()
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
    const result = await find(term || null, filters, filters.kind?.includes(directoryKind) === true)
    if (!result || mine !== version) return
    list.replaceChildren()
    pending = result.results
    if (!(await showMore(mine))) return
    status.textContent = result.results.length === 0 ? t.noResults(term) : t.results(result.results.length, term)
    // For the query the visitor settles on, once painted: the partnership directory too, for its
    // line and the counts (the site's results stay as they are). Not for each keystroke: a first
    // search loads the site's index alone.
    if (!result.partnerships) {
      await typingPaused(input, COUNTS_PAUSE_MS)
      await afterPaint()
      if (mine !== version) return
    }
    // Should the directory's index not load, the site's results stand alone, with their counts.
    const complete = result.partnerships ? result : await find(term || null, filters, true).catch(() => result)
    if (!complete || mine !== version) return
    // With a filter chosen the visitor is narrowing the site's pages, which the directory's have none of.
    if (term && Object.keys(filters).length === 0 && complete.partnerships) showPartnershipLine(complete.partnerships.length, term)
    shown = complete
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

  /** Says how many partnerships match `term` (no filter chosen), with a link that shows them (the address with the kind filter "Partnership"). */
  const showPartnershipLine = (count: number, term: string) => {
    if (count === 0) return
    const link = document.createElement('a')
    const address = new URL(filterStateAddress(form), location.href)
    address.searchParams.append(directoryBox.name, directoryBox.value)
    link.href = `${address.pathname}${address.search}`
    link.textContent = t.showPartnerships
    link.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      // As if the visitor had ticked the box (a new history entry); then on to the first of them.
      directoryBox.checked = true
      writeFilterState(form, 'push')
      void search().then(() => list.querySelector('a')?.focus())
    })
    partnershipLine.replaceChildren(`${t.partnershipsMatch(count, term)} `, link)
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
