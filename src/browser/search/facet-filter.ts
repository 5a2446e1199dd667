/**
 * The part of a faceted search that needs the index's filter files: the results narrowed by the
 * chosen filters, and the counts beside the filters. A chunk of its own, loaded after Pagefind's
 * answer and only for a search with filters or counts (`faceted-search.ts`).
 */
import {countValues, pagesWithAny, passes, type FilterChoices, type FilterCounts} from './facet-counts'
import {loadFacetIndex} from './facet-index'
import type {PagefindHit} from './pagefind'

export interface Narrowed {
  results: PagefindHit[]
  /** Counts for every filter of the index (the search page and the library show them all). */
  counts(): Promise<FilterCounts>
}

/** `found` (Pagefind's results, before any filter) narrowed by `constraints`, and the counts around it. */
export async function narrowByFilters(found: PagefindHit[], constraints: FilterChoices): Promise<Narrowed> {
  const index = await loadFacetIndex()
  const allowed = Object.fromEntries(
    await Promise.all(
      Object.entries(constraints).map(
        async ([name, values]) => [name, pagesWithAny(await index.filter(name), values, index.pageCount)] as const,
      ),
    ),
  )
  const pages = found.map((hit) => index.pageOf(hit.id))
  return {
    results: found.filter((_, i) => passes(pages[i], allowed)),
    async counts() {
      const counted = Object.fromEntries(await Promise.all(index.filters.map(async (name) => [name, await index.filter(name)] as const)))
      return countValues(pages, index.pageCount, allowed, counted)
    },
  }
}
