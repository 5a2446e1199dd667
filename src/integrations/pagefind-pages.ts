/**
 * Which built pages Pagefind indexes, and in what order. Pagefind numbers pages in the order
 * they are added, and a search without words (filters only) returns them in that order; so the
 * pages that carry a date for the index (`data-index-date`, a resource's publication date) go in
 * newest first, and the library's filtered lists come out newest first as its built pages do,
 * without a Pagefind sort key (a sort key puts a list of every page into the metadata that each
 * search loads first, and Pagefind sorts results by it in time that grows with the square of
 * their number). Pages without a date follow.
 *
 * Only the dated pages need an order, so only they (and the few pages beside them, `mayBeDated`)
 * are read here, and handed over one by one (Pagefind takes each in about 1 ms); Pagefind reads
 * every other page itself, from a glob of the output folder that leaves the dated ones out
 * (about 0.3 ms a page).
 */
import {unlocalizedPath} from '../i18n/locales.ts'

/** The attribute holding the date a page is listed by (ISO `YYYY-MM-DD`), on an element inside the indexed part. */
export const INDEX_DATE_ATTRIBUTE = 'data-index-date'

/**
 * Whether a built page may carry `INDEX_DATE_ATTRIBUTE`: a page one folder below a library, in
 * either edition (`resources/<slug>/index.html`, `es/resources/<slug>/index.html`). Those that do
 * are the resources; the library's numbered list pages live there too, and have no date.
 */
export function mayBeDated(path: string): boolean {
  return /^resources\/[^/]+\/index\.html$/.test(unlocalizedPath(`/${path}`).slice(1))
}

/**
 * Whether a built page belongs to the partnership directory (`partnerships/...` in either
 * edition), whose pages have a search index of their own (`src/lib/search-index-folders.ts`).
 */
export function inPartnershipDirectory(path: string): boolean {
  return unlocalizedPath(`/${path}`).startsWith('/partnerships/')
}

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

/** The attribute that marks the part of a page Pagefind reads. */
const BODY_MARK = 'data-pagefind-body'

/**
 * What to hand Pagefind of a page: when the one element marked `data-pagefind-body` is the
 * page's `<main>` and nothing outside it carries a `data-pagefind-` attribute, a page of that
 * element alone, with the page's `<html>` tag (its `lang` picks the index) and `<title>`; the
 * whole page otherwise. Pagefind reads nothing else of such a page, so the index comes out the
 * same (`tests/dist/search-index.test.ts` compares them), and handing over a resource page takes
 * about a third less time: the marked part is about 40% of the page.
 */
export function indexedPart(html: string): string {
  const mark = html.indexOf(BODY_MARK)
  if (mark < 0 || html.includes(BODY_MARK, mark + 1)) return html
  const start = html.lastIndexOf('<main', mark)
  const end = html.indexOf('</main>', mark)
  const htmlTag = /<html(?:\s[^>]*)?>/.exec(html)?.[0]
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? ''
  const markIsOnMain = start >= 0 && !html.slice(start, mark).includes('>')
  if (!markIsOnMain || end < 0 || html.includes('</main>', end + 1) || !htmlTag) return html
  const main = html.slice(start, end + '</main>'.length)
  if (html.slice(0, start).includes('data-pagefind-') || html.slice(end).includes('data-pagefind-')) return html
  return `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${main}</body></html>`
}

/**
 * A glob (Pagefind's syntax: `{a,b}` alternatives, `**`) matching every HTML page of `files` but
 * those in `excluded`, all paths relative to one folder with `/`. A folder without an excluded page
 * is one `folder/**\/*.html`; a folder with some lists its own pages and its subfolders. Null when
 * no page is left.
 */
export function globOfAllBut(files: string[], excluded: ReadonlySet<string>): string | null {
  const pages = files.filter((file) => file.endsWith('.html'))
  const alternatives = folderGlobs(
    pages.filter((page) => !excluded.has(page)),
    pages.filter((page) => excluded.has(page)),
    '',
  )
  if (alternatives.length === 0) return null
  return alternatives.length === 1 ? alternatives[0] : `{${alternatives.join(',')}}`
}

/** The globs for `kept` pages below `folder` (`''` or ending in `/`), none of which matches an `excluded` page. */
function folderGlobs(kept: string[], excluded: string[], folder: string): string[] {
  if (kept.length === 0) return []
  if (excluded.length === 0) return [`${escapeGlob(folder)}**/*.html`]
  const ownPages = kept.filter((page) => !page.slice(folder.length).includes('/'))
  const subfolders = [
    ...new Set(
      kept
        .map((page) => page.slice(folder.length))
        .filter((rest) => rest.includes('/'))
        .map((rest) => rest.split('/')[0]),
    ),
  ]
  return [
    ...ownPages.sort().map(escapeGlob),
    ...subfolders.sort().flatMap((name) => {
      const sub = `${folder}${name}/`
      return folderGlobs(
        kept.filter((page) => page.startsWith(sub)),
        excluded.filter((page) => page.startsWith(sub)),
        sub,
      )
    }),
  ]
}

/** `path` with the characters Pagefind's globs give a meaning to escaped, so it matches itself. */
function escapeGlob(path: string): string {
  return path.replace(/[\\{}[\](),*?!<>:$]/g, (character) => `\\${character}`)
}
