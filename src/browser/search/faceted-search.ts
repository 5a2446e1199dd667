/**
 * A Pagefind search with filters, and the count beside each filter value. Within one filter the
 * checked values are alternatives ("Guide or Toolkit"), so each value's count ignores the other
 * choices of its own filter: Toolkit (4) still says 4 once Guide is checked.
 */
import type {Pagefind, PagefindFilterCounts, PagefindFilters, PagefindSearch} from './pagefind'

/** The results now, the counts when asked (they take a search per checked filter). */
export interface FacetedSearch {
  results: PagefindSearch['results']
  counts(): Promise<PagefindFilterCounts>
}

interface Options {
  /** Filters always applied and never counted, such as `kind: Resource` in the library. */
  fixed?: PagefindFilters
  sort?: Record<string, 'asc' | 'desc'>
  /**
   * For searches made while typing: wait this long for the next keystroke first, so that
   * Pagefind (which answers one search at a time) never works on words already typed past.
   */
  debounceMs?: number
}

const filtersLoaded = new WeakMap<Pagefind, Promise<unknown>>()

/** Searches `term` (or everything, when null) narrowed by `filters`. */
export async function facetedSearch(
  pagefind: Pagefind,
  term: string | null,
  filters: PagefindFilters,
  options: Options = {},
): Promise<FacetedSearch> {
  // Pagefind loads filter data lazily, per filter searched; counts need all of it.
  if (!filtersLoaded.has(pagefind)) filtersLoaded.set(pagefind, pagefind.filters())
  await filtersLoaded.get(pagefind)
  const fixed = options.fixed ?? {}
  const search = await pagefind.search(term, {filters: {...fixed, ...filters}, sort: options.sort})
  return {
    results: search.results,
    async counts() {
      const counts = {...search.filters}
      for (const name of Object.keys(filters)) {
        const {[name]: _own, ...others} = filters
        const without = await pagefind.search(term, {filters: {...fixed, ...others}})
        counts[name] = without.filters[name] ?? {}
      }
      return counts
    },
  }
}

/** Shows, beside each checkbox of `form`, how many results its value would give. */
export function showCounts(form: HTMLFormElement, counts: PagefindFilterCounts): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = form.querySelector(`label[for="${box.id}"] [data-count]`)
    if (label) label.textContent = `(${counts[box.name]?.[box.dataset.label!] ?? 0})`
  }
}
