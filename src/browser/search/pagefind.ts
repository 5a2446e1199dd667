/** Pagefind's browser API, loaded once, on demand: a page that is not searched never fetches it. */

/** The data Pagefind returns for one result. */
export interface PagefindResult {
  url: string
  excerpt: string
  meta: {
    title?: string
    type?: string
    date?: string
    city?: string
    image?: string
    image_alt?: string
    summary?: string
    publisher?: string
    language?: string
  }
  filters: Record<string, string[]>
}

/** Value → count, per filter name. */
export type PagefindFilterCounts = Record<string, Record<string, number>>

/** Filters as Pagefind takes them: for each filter name, values of which any may match. */
export type PagefindFilters = Record<string, {any: string[]}>

/** What one search returns: result handles (data loads per result), and counts per filter value. */
export interface PagefindSearch {
  results: {id: string; data(): Promise<PagefindResult>}[]
  filters: PagefindFilterCounts
  unfilteredResultCount: number
}

/** The parts of Pagefind's API the site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  search(term: string | null, options?: {filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'>}): Promise<PagefindSearch>
  debouncedSearch(
    term: string,
    options?: {filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'>},
    wait?: number,
  ): Promise<PagefindSearch | null>
  filters(): Promise<PagefindFilterCounts>
  init(): Promise<void>
}

// Not part of the bundle: Pagefind writes it next to the index after the build (or the dev
// server serves it), so it is imported by URL at run time.
const PAGEFIND_URL = '/pagefind/pagefind.js'
let loading: Promise<Pagefind> | undefined

/** Pagefind, imported on first use. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = PAGEFIND_URL
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
    await pagefind.options({excerptLength: 24})
    // The WebAssembly and the index's metadata, which every search needs first.
    await pagefind.init()
    return pagefind
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
