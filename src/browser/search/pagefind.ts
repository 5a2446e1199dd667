/**
 * Pagefind's browser API, loaded once, on demand: a page that is not searched never fetches it.
 * It searches the site's index; the partnership directory's is added on request (`withPartnerships`).
 */
import {SITE_INDEX_PATH} from '../../lib/search-index-folders'

/** The data Pagefind returns for one result. */
export interface PagefindResult {
  url: string
  excerpt: string
  meta: {
    title?: string
    type?: string
    date?: string
    city?: string
    summary?: string
    publisher?: string
    language?: string
  }
  filters: Record<string, string[]>
}

/** Value → count, per filter name. */
export type PagefindFilterCounts = Record<string, Record<string, number>>

/** One result of a search: its page's hash, and its data, loaded when asked. */
export interface PagefindHit {
  id: string
  data(): Promise<PagefindResult>
}

/** The part of Pagefind's API the site uses: searches without filters (`faceted-search.ts` filters and counts). */
export interface Pagefind {
  search(term: string | null): Promise<{results: PagefindHit[]}>
  /** Adds another index (its folder's address) to every later search; resolves once its metadata is loaded. */
  mergeIndex(path: string): Promise<void>
  /** A search that gives way (null) to any search asked for within `waitMs`, or while it runs. */
  debouncedSearch(term: string, options: object, waitMs: number): Promise<{results: PagefindHit[]} | null>
}

// Not part of the bundle: Pagefind writes it next to the index after the build (or the dev
// server serves it), so it is imported by URL at run time.
const PAGEFIND_URL = `${SITE_INDEX_PATH}pagefind.js`
let loading: Promise<Pagefind> | undefined

/**
 * Pagefind, imported on first use; creating the instance starts loading its WebAssembly and the
 * index's metadata, which every search needs first. On the page's own thread: Pagefind's worker
 * costs a second script, and handing thousands of results back from it takes longer than
 * finding them.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = PAGEFIND_URL
    const {createInstance} = (await import(/* @vite-ignore */ url)) as {createInstance(options: object): Pagefind}
    return createInstance({excerptLength: 24, noWorker: true})
  })()
  return loading
}

/** Pagefind's excerpt is escaped page text with `<mark>` around matches: rebuild exactly that, as nodes. */
export function excerptNodes(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment()
  let inside = false
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') inside = true
    else if (part === '</mark>') inside = false
    else if (part) {
      const text = document.createTextNode(decodeEntities(part))
      if (inside) {
        const mark = document.createElement('mark')
        mark.append(text)
        fragment.append(mark)
      } else fragment.append(text)
    }
  }
  return fragment
}

/** Turns `&amp;` and friends back into characters; a textarea never runs what it holds. */
function decodeEntities(text: string): string {
  const textarea = document.createElement('textarea')
  textarea.innerHTML = text
  return textarea.value
}
