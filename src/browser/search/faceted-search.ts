/**
 * A Pagefind search with filters, and the count beside each filter value. Pagefind only finds the
 * words; filters and counts are worked out from the index's filter files (`facet-filter.ts`),
 * loaded the first time a search is filtered or counted. Pagefind could filter too, but once a
 * filter's file is loaded it counts that filter on every later search by comparing each of its
 * pages with each result: at 10,000 resources, many times the search.
 *
 * Once the page searches the partnership directory too (`partnership-index.ts`), its results are
 * kept apart: they are the directory's kind of page, and have none of the other filters.
 */
import type {FilterChoices, FilterCounts} from './facet-counts'
import {partnershipsAsked, splitByIndex} from './partnership-index'
import type {Pagefind, PagefindHit} from './pagefind'

/** The results now; the counts when asked. */
export interface FacetedSearch {
  results: PagefindHit[]
  /** The partnership directory's results for the words, whatever the filters; undefined when it was not searched. */
  partnerships?: PagefindHit[]
  /** What each value of every filter would give, with the other filters as they are. */
  counts(): Promise<FilterCounts>
}

/**
 * Searches `term` (or every page, when null) narrowed by `chosen` and by `fixed` (filters always
 * applied, such as `kind: Resource` in the library). Results keep Pagefind's order: by relevance,
 * or without words the index's own (dated pages newest first: `src/integrations/pagefind-pages.ts`).
 * `directoryKind` is the kind of page (the `kind` filter's value) of the partnership directory:
 * its results are among the results only when that kind is chosen, and no other filter.
 */
export async function facetedSearch(
  pagefind: Pagefind,
  term: string | null,
  chosen: FilterChoices,
  fixed: FilterChoices = {},
  directoryKind?: string,
): Promise<FacetedSearch> {
  const {results: found} = await pagefind.search(term)
  const {site, partnerships} = partnershipsAsked() ? await splitByIndex(found) : {site: found, partnerships: undefined}
  const {kind, ...others} = {...fixed, ...chosen}
  const directoryChosen = directoryKind !== undefined && kind?.includes(directoryKind) === true
  // The site's pages are narrowed by every filter but the directory's kind, which none of them has.
  const constraints = kind ? {...others, kind: kind.filter((value) => value !== directoryKind)} : others
  const directoryShown = directoryChosen && Object.keys(others).length === 0 ? new Set(partnerships) : new Set<PagefindHit>()
  let narrowing: ReturnType<typeof narrow> | undefined
  const narrow = () => import('./facet-filter').then((filtering) => filtering.narrowByFilters(site, constraints))
  // Nothing to narrow by: the filter files wait until counts are asked for.
  const siteShown = Object.keys(constraints).length === 0 ? site : (await (narrowing = narrow())).results
  const shown = new Set([...siteShown, ...directoryShown])
  return {
    results: directoryShown.size === 0 ? siteShown : found.filter((hit) => shown.has(hit)),
    partnerships,
    counts: async () => {
      const counts = await (narrowing ??= narrow()).then((narrowed) => narrowed.counts())
      if (directoryKind !== undefined && partnerships)
        counts.kind = {...counts.kind, [directoryKind]: Object.keys(others).length === 0 ? partnerships.length : 0}
      return counts
    },
  }
}

/** Shows, beside each checkbox, how many results its value would give. */
export function showCounts(form: HTMLFormElement, counts: FilterCounts): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = form.querySelector(`label[for="${box.id}"] [data-count]`)
    if (count) count.textContent = `(${counts[box.name]?.[box.dataset.label!] ?? 0})`
  }
}
