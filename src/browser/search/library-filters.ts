/**
 * The library's pages with JavaScript: the facet links give way to a query box and checkboxes
 * that search Pagefind's index (filtered to resources), and the results show a page at a
 * time, as cards like the built ones, with numbered pages. The query, the filters and the page
 * live in the address (`/resources/?q=trust&type=guide&page=2`), so Back, Forward and shared
 * links restore the view. With nothing asked, the built page and its counts stay as they are.
 */
import {formatDate} from '../../lib/format-date'
import {PAGE_SIZE, rangeSummary} from '../../lib/pagination'
import {fillTemplate} from './card-template'
import type {FilterChoices} from './facet-counts'
import {facetedSearch, showCounts} from './faceted-search'
import {COUNTS_PAUSE_MS, checkedFilters, filterStateAddress, keepFormInAddress, typingPaused} from './filter-state'
import {SHORTEST_TYPED_TERM, latestOnly} from './latest-only'
import {loadPagefind, type PagefindResult} from './pagefind'
import {resultPagesNav} from './result-pages'
import {asLocale, localizedPath, type Locale} from '../../i18n/locales'
import {searchTranslations} from '../../i18n/search-translations'

/** Enhances the library's own pages (the pre-rendered facet pages stay as links). */
export function startLibraryFilters(): void {
  const root = document.querySelector<HTMLElement>('[data-library="filterable"]')
  if (!root) return
  const locale = asLocale(document.documentElement.lang)
  const t = searchTranslations(locale)
  // Where the library's results live: its first page, in the page's language.
  const libraryPath = localizedPath('/resources/', locale)
  const form = root.querySelector<HTMLFormElement>('#library-form')!
  const query = form.querySelector<HTMLInputElement>('#library-query')!
  const status = root.querySelector<HTMLElement>('#library-status')!
  const results = root.querySelector<HTMLElement>('#library-results')!
  const template = root.querySelector<HTMLTemplateElement>('#library-card')!
  root.querySelector<HTMLElement>('[data-facet-links]')!.hidden = true
  form.hidden = false

  // The built page, to put back when the visitor clears every filter.
  const built = {results: [...results.childNodes], status: status.textContent, counts: countsShown(form)}
  // Only resources; Pagefind's order without words is the index's, newest first as the built list.
  const resourcesOnly = {kind: [t.searchKinds.Resource]}
  const find = latestOnly(async (term: string | null, filters: FilterChoices) =>
    facetedSearch(await loadPagefind(), term, filters, resourcesOnly),
  )
  let version = 0

  const show = async (page: number) => {
    const mine = ++version
    const term = query.value.trim()
    const filters = checkedFilters(form)
    if (!term && Object.keys(filters).length === 0) {
      results.replaceChildren(...built.results)
      status.textContent = built.status
      return restoreCounts(built.counts)
    }
    // One or two letters wait for a pause in typing (`latest-only.ts`).
    if (term.length < SHORTEST_TYPED_TERM) await typingPaused(query)
    if (mine !== version) return
    const search = await find(term || null, filters)
    if (!search || mine !== version) return
    const lastPage = Math.max(1, Math.ceil(search.results.length / PAGE_SIZE))
    const current = Math.min(Math.max(1, page), lastPage)
    const start = (current - 1) * PAGE_SIZE
    const data = await Promise.all(search.results.slice(start, start + PAGE_SIZE).map((result) => result.data()))
    if (mine !== version) return
    const list = document.createElement('ul')
    list.className = results.querySelector('ul')?.className ?? ''
    list.setAttribute('role', 'list')
    list.append(...data.map((result) => card(template, result, locale)))
    const go = (n: number) => {
      history.pushState(null, '', filterStateAddress(form, {path: libraryPath, page: n}))
      void show(n).then(() => status.focus())
    }
    const nav = resultPagesNav({
      currentPage: current,
      lastPage,
      hrefFor: (n) => filterStateAddress(form, {path: libraryPath, page: n}),
      go,
      label: t.library.pagesOfResults,
    })
    results.replaceChildren(list, nav)
    const summary = rangeSummary({start, total: search.results.length, lastPage, data}, locale)
    status.textContent = `${summary}${term ? t.library.matching(term) : ''}`
    // Counts after the results, for the query the visitor settles on.
    await typingPaused(query, COUNTS_PAUSE_MS)
    if (mine !== version) return
    const counts = await search.counts()
    if (mine === version) showCounts(form, counts)
  }

  const pageInAddress = () => Number(new URLSearchParams(location.search).get('page')) || 1
  query.addEventListener('focus', () => void loadPagefind(), {once: true})
  form.addEventListener('submit', (event) => event.preventDefault())
  status.tabIndex = -1
  // A new query or filter shows the first page of its results; Back and Forward, the page in the address.
  keepFormInAddress(
    form,
    query,
    {query: () => void show(1), filters: () => void show(1), restore: () => void show(pageInAddress())},
    {path: libraryPath},
  )
}

/** One result as a card, from the page's card template. */
function card(template: HTMLTemplateElement, result: PagefindResult, locale: Locale): DocumentFragment {
  const {meta} = result
  return fillTemplate(template, {
    title: meta.title ?? result.url,
    href: result.url,
    kicker: meta.type ?? '',
    summary: meta.summary ?? '',
    lang: meta.language ?? '',
    details: [meta.publisher, meta.date && formatDate(meta.date, locale)].filter(Boolean).join(', '),
  })
}

function countsShown(form: HTMLFormElement): Map<Element, string | null> {
  return new Map([...form.querySelectorAll('[data-count]')].map((count) => [count, count.textContent]))
}

function restoreCounts(counts: Map<Element, string | null>): void {
  for (const [count, text] of counts) count.textContent = text
}
