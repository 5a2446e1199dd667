/**
 * The order every list on the site is shown in, decided here and nowhere else (the queries do
 * not sort). Comparators for `Array.prototype.sort`; ties fall back to the name or title, so the
 * order never depends on the source.
 */

/** Numbered items (pillars in the report's order, objectives in theirs). */
export const byNumber = (a: {number: number}, b: {number: number}) => a.number - b.number

/** Newest first by publication date, then by title. */
export const newestFirst = (a: {publishedAt: string; title: string}, b: {publishedAt: string; title: string}) =>
  b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title)

/** Soonest first by start, then by title. */
export const soonestFirst = (a: {start: string; title: string}, b: {start: string; title: string}) =>
  a.start.localeCompare(b.start) || a.title.localeCompare(b.title)

/** Compares by UTF-16 code units, as Sanity's ranks are meant to be compared (not by locale). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The order editors dragged items into in the Studio; unranked items last, then by name. */
export const byEditorRank = (a: {orderRank: string | null; name: string}, b: {orderRank: string | null; name: string}) =>
  (a.orderRank === null ? 1 : 0) - (b.orderRank === null ? 1 : 0) ||
  byCodeUnits(a.orderRank ?? '', b.orderRank ?? '') ||
  a.name.localeCompare(b.name)

/** Alphabetical by title. */
export const byTitle = (a: {title: string}, b: {title: string}) => a.title.localeCompare(b.title)
