/**
 * Filtering and counting over page numbers, given each filter's values and their pages (as
 * Pagefind's filter files hold them). Within one filter the chosen values are alternatives
 * ("Guide or Toolkit"); filters combine ("and"). A value's count ignores the other choices of its
 * own filter, so Toolkit (4) still says 4 once Guide is checked. Each step is one pass over the
 * pages involved: no comparison of every result with every page of a value.
 */
import type {FilterPages} from '../../lib/pagefind-files'

/** Chosen values per filter, of which any may match. */
export type FilterChoices = Record<string, string[]>

/** Value → count, per filter. */
export type FilterCounts = Record<string, Record<string, number>>

/** The pages (page number → 1) that have any of `values` of a filter. */
export function pagesWithAny(filter: FilterPages, values: string[], pageCount: number): Uint8Array {
  const pages = new Uint8Array(pageCount)
  for (const value of values) for (const page of filter.get(value) ?? []) pages[page] = 1
  return pages
}

/** Whether `page` passes every constraint (pages per filter), leaving out `except`'s own. */
export function passes(page: number, allowed: Record<string, Uint8Array>, except?: string): boolean {
  for (const name in allowed) if (name !== except && allowed[name][page] !== 1) return false
  return true
}

/**
 * For each filter in `counted`, how many of `results` (page numbers, found before any filter)
 * would have each of its values, with every other filter's choices applied.
 */
export function countValues(
  results: number[],
  pageCount: number,
  allowed: Record<string, Uint8Array>,
  counted: Record<string, FilterPages>,
): FilterCounts {
  const counts: FilterCounts = {}
  for (const [name, filter] of Object.entries(counted)) {
    const scope = new Uint8Array(pageCount)
    for (const page of results) if (passes(page, allowed, name)) scope[page] = 1
    counts[name] = {}
    for (const [value, pages] of filter) counts[name][value] = pages.reduce((sum, page) => sum + scope[page], 0)
  }
  return counts
}
