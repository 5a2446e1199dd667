/**
 * Which built pages Pagefind indexes, and in what order. Pagefind numbers pages in the order
 * they are added, and a search without words (filters only) returns them in that order; so the
 * pages that carry a date for the index (`data-index-date`, a resource's publication date) go in
 * newest first, and the library's filtered lists come out newest first as its built pages do,
 * without a Pagefind sort key (a sort key puts a list of every page into the metadata that each
 * search loads first, and Pagefind sorts results by it in time that grows with the square of
 * their number). Pages without a date follow, in path order.
 */

/** The attribute holding the date a page is listed by (ISO `YYYY-MM-DD`), on an element inside the indexed part. */
export const INDEX_DATE_ATTRIBUTE = 'data-index-date'

/** What the index needs to know about one built page before reading it. */
export interface BuiltPage {
  /** Its path in `dist/`, with `/`: `resources/some-guide/index.html`. */
  path: string
  /** Whether it marks the part Pagefind reads (`data-pagefind-body`). */
  marked: boolean
  date?: string
}

/** Reads what the index needs from a page's HTML. */
export function builtPage(path: string, html: string): BuiltPage {
  const date = new RegExp(`${INDEX_DATE_ATTRIBUTE}="([^"]+)"`).exec(html)?.[1]
  return {path, marked: html.includes('data-pagefind-body'), ...(date ? {date} : {})}
}

/**
 * The pages to index, in the order to add them. As Pagefind decides for a directory: when any
 * page marks its body, only marked pages; otherwise every page.
 */
export function pagesToIndex(pages: BuiltPage[]): string[] {
  const anyMarked = pages.some((page) => page.marked)
  return pages
    .filter((page) => page.marked || !anyMarked)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path))
    .map((page) => page.path)
}
