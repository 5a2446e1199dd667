/**
 * A Pagefind search with filters, and the count beside each filter value. Pagefind only finds the
 * words; filters and counts are worked out from the index's filter files (`facet-filter.ts`),
 * loaded the first time a search is filtered or counted. Pagefind could filter too, but once a
 * filter's file is loaded it counts that filter on every later search by comparing each of its
 * pages with each result: at 10,000 resources, many times the search.
 */
import type {FilterChoices, FilterCounts} from './facet-counts'
import type {Pagefind, PagefindHit} from './pagefind'

/** The results now; the counts when asked. */
export interface FacetedSearch {
  results: PagefindHit[]
  /** What each value of every filter would give, with the other filters as they are. */
  counts(): Promise<FilterCounts>
}

/**
 * Searches `term` (or every page, when null) narrowed by `chosen` and by `fixed` (filters always
 * applied, such as `kind: Resource` in the library). Results keep Pagefind's order: by relevance,
 * or without words the index's own (dated pages newest first: `src/integrations/pagefind-pages.ts`).
 */
export async function facetedSearch(
  pagefind: Pagefind,
  term: string | null,
  chosen: FilterChoices,
  fixed: FilterChoices = {},
): Promise<FacetedSearch> {
  const {results: found} = await pagefind.search(term)
  const constraints = {...fixed, ...chosen}
  let narrowing: ReturnType<typeof narrow> | undefined
  const narrow = () => import('./facet-filter').then((filtering) => filtering.narrowByFilters(found, constraints))
  // Nothing to narrow by: the filter files wait until counts are asked for.
  const results = Object.keys(constraints).length === 0 ? found : (await (narrowing = narrow())).results
  return {
    results,
    counts: async () => (await (narrowing ??= narrow())).counts(),
  }
}

/** Shows, beside each checkbox, how many results its value would give. */
export function showCounts(form: HTMLFormElement, counts: FilterCounts): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = form.querySelector(`label[for="${box.id}"] [data-count]`)
    if (count) count.textContent = `(${counts[box.name]?.[box.dataset.label!] ?? 0})`
  }
}
