/**
 * Pagefind's filters, read in the browser from the index's own files (`src/lib/pagefind-files.ts`):
 * which pages have each value, and the page number of each result. Loaded only when a search is
 * filtered or its counts are shown, or the partnership directory's results are told from the
 * site's (`partnership-index.ts`); each filter's file only when that filter is.
 */
import {indexLanguage, readFilter, readMeta, unpack, type FilterPages, type PagefindEntry} from '../../lib/pagefind-files'
import {SITE_INDEX_PATH} from '../../lib/search-index-folders'

const BASE = SITE_INDEX_PATH

export interface FacetIndex {
  /** Pages in the index. */
  pageCount: number
  /** The names of its filters. */
  filters: string[]
  /** The page number of a result (its `id` is the page's hash). */
  pageOf(id: string): number
  /** A filter's values and their pages (none for a filter the index lacks). */
  filter(name: string): Promise<FilterPages>
}

let loading: Promise<FacetIndex> | undefined

/** The filters of the index Pagefind searches on this page (the one of its language). */
export function loadFacetIndex(): Promise<FacetIndex> {
  loading ??= (async () => {
    const entry = await fetchJson<PagefindEntry>('pagefind-entry.json')
    const {hash} = entry.languages[indexLanguage(entry, pageLanguage())]
    const meta = readMeta(await unpack(await fetchFile(`pagefind.${hash}.pf_meta`)))
    const pageNumbers = new Map(meta.pages.map((page, number) => [page, number]))
    const filters = new Map<string, Promise<FilterPages>>()
    return {
      pageCount: meta.pages.length,
      filters: Object.keys(meta.filterFiles),
      pageOf: (id) => pageNumbers.get(id) ?? -1,
      filter(name) {
        const file = meta.filterFiles[name]
        if (!file) return Promise.resolve(new Map())
        if (!filters.has(name)) filters.set(name, fetchFile(`filter/${file}.pf_filter`).then(unpack).then(readFilter))
        return filters.get(name)!
      },
    }
  })()
  loading.catch(() => (loading = undefined))
  return loading
}

/** The page's language, which picks the index as Pagefind's script does. */
const pageLanguage = () => document.documentElement.lang.toLowerCase()

async function fetchFile(name: string): Promise<Uint8Array> {
  const response = await fetch(`${BASE}${name}`)
  if (!response.ok) throw new Error(`${BASE}${name}: ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

const fetchJson = async <T>(name: string): Promise<T> => JSON.parse(new TextDecoder().decode(await fetchFile(name))) as T
