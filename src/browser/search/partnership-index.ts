/**
 * The partnership directory's search index (`PARTNERSHIPS_INDEX_PATH`), added to the page's
 * Pagefind search only when asked: once a search's first results are painted, or at once when the
 * visitor asks for partnerships. From then on every search on the page covers it too (Pagefind
 * merges the two indexes' results by score, with the WebAssembly it already has), and
 * `splitByIndex` tells the two kinds of result apart. A first search loads only the site's index.
 */
import {loadPagefind, type Pagefind, type PagefindHit} from './pagefind'
import {PARTNERSHIPS_INDEX_PATH} from '../../lib/search-index-folders'

let adding: Promise<Pagefind> | undefined

/** Pagefind, searching the partnership directory too (its metadata loaded). */
export function withPartnerships(): Promise<Pagefind> {
  adding ??= loadPagefind().then(async (pagefind) => {
    // An index Pagefind could not load would stay in its search and fail every later one, the
    // site's too: so only an index that is there is merged.
    const entry = await fetch(`${PARTNERSHIPS_INDEX_PATH}pagefind-entry.json`)
    if (!entry.ok) throw new Error(`${PARTNERSHIPS_INDEX_PATH}: ${entry.status}`)
    await pagefind.mergeIndex(PARTNERSHIPS_INDEX_PATH)
    return pagefind
  })
  adding.catch(() => (adding = undefined))
  return adding
}

/** Whether searches on this page cover the partnership directory (asked for; it may still be loading). */
export const partnershipsAsked = (): boolean => adding !== undefined

/** A search's results, in their order, split into the site's and the partnership directory's. */
export async function splitByIndex(hits: PagefindHit[]): Promise<{site: PagefindHit[]; partnerships: PagefindHit[]}> {
  // The site's index numbers its own pages; a page it does not know is the directory's. (Loaded
  // once asked: the pages that search load this module up front.)
  const index = await (await import('./facet-index')).loadFacetIndex()
  const site: PagefindHit[] = []
  const partnerships: PagefindHit[] = []
  for (const hit of hits) (index.pageOf(hit.id) >= 0 ? site : partnerships).push(hit)
  return {site, partnerships}
}

/** The partnership directory's results for `term` (the site's left out), searching it from now on. */
export async function partnershipResults(term: string): Promise<PagefindHit[]> {
  const {results} = await (await withPartnerships()).search(term)
  return (await splitByIndex(results)).partnerships
}
