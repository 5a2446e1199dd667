/**
 * Pagefind's own search script over a built site's index, run in Node instead of a browser: the
 * same results and excerpts a visitor's search gets, without starting a server or a browser.
 * Pagefind loads its index with `fetch` from where `pagefind.js` lives; Node's `fetch` cannot read
 * `file:` addresses, so while a search instance is open, those are read from the disk.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {PARTNERSHIPS_INDEX_PATH, SITE_INDEX_PATH} from '../../src/lib/search-index-folders'

/** One search result, as Pagefind's `result.data()` gives it. */
export interface PagefindResult {
  /** The page's address from the site root, such as `/resources/program-one-pager/`. */
  url: string
  /** Up to 30 words around the matches, as HTML with each match in a `<mark>`. */
  excerpt: string
  meta: Record<string, string>
}

interface PagefindModule {
  init(): Promise<void>
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>
  options(options: Record<string, unknown>): Promise<void>
  search(term: string): Promise<{results: {data(): Promise<PagefindResult>}[]}>
  destroy(): Promise<void>
}

const fetchFromNetwork = globalThis.fetch

/** `fetch`, but a `file:` address is read from the disk. */
const fetchWithFiles: typeof fetch = async (input, init) => {
  const address = input instanceof Request ? input.url : String(input)
  if (!address.startsWith('file:')) return fetchFromNetwork(input, init)
  return new Response(await readFile(fileURLToPath(address)))
}

let open = false

/**
 * Opens the indexes of one edition of the site built in `dist` (its pages' `lang`: `en`, `es`),
 * the site's with the partnership directory's merged in (as the search page has them once its
 * first results are painted), and returns a search over them; `close` ends it and gives back
 * Node's own `fetch`. One at a time: Pagefind's script holds one search.
 */
export async function openPagefind(dist: string, language: string) {
  if (open) throw new Error('close the other Pagefind search first')
  open = true
  globalThis.fetch = fetchWithFiles
  const basePath = pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href.replace(/pagefind\.js$/, '')
  const pagefind = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as PagefindModule
  // Addresses from the site root, as on the site (by default they would start with dist's path).
  await pagefind.options({basePath, baseUrl: '/'})
  // Pagefind picks the index of the page's language, from `<html lang>`: the edition's, here.
  globalThis.document = {querySelector: () => ({getAttribute: () => language})} as unknown as Document
  try {
    await pagefind.init()
  } finally {
    // @ts-expect-error Node has no document: the stand-in was only for Pagefind's look at the language.
    delete globalThis.document
  }
  await pagefind.mergeIndex(new URL(PARTNERSHIPS_INDEX_PATH.slice(SITE_INDEX_PATH.length), basePath).href, {baseUrl: '/'})
  return {
    /** Every result of a search for `term`, with its excerpt. */
    async search(term: string): Promise<PagefindResult[]> {
      const {results} = await pagefind.search(term)
      return Promise.all(results.map((result) => result.data()))
    },
    async close() {
      await pagefind.destroy()
      globalThis.fetch = fetchFromNetwork
      open = false
    },
  }
}
