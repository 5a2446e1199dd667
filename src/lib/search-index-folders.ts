/**
 * Where the site's two search indexes live (Pagefind's, written after the build): the site's own,
 * which every search loads first, and the partnership directory's, an index of its own below it
 * that searches add once their first results are painted. Apart, because each page in an index
 * costs every first search about 6 bytes of Pagefind's metadata: at 10,000 pairings, 60 KB of a
 * 150 KB budget for the search of a library (issue #23).
 */

/** The site's index (every searchable page outside the partnership directory), from the site root. */
export const SITE_INDEX_PATH = '/pagefind/'

/** The partnership directory's index (`/partnerships/` and everything below it, in both editions). */
export const PARTNERSHIPS_INDEX_PATH = '/pagefind/partnerships/'

/** The folder of the index at `sitePath` (one of the above) in a build written to `outDir`. */
export const indexFolder = (outDir: string, sitePath: string): string => `${outDir.replace(/\/$/, '')}${sitePath.replace(/\/$/, '')}`
