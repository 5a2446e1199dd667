/**
 * Reads two kinds of file Pagefind writes, in the browser and at build time: an index's metadata
 * (its pages, in index order, and the file of each filter) and a filter's file (each value with
 * the numbers of its pages). The search code counts filter values from them itself: Pagefind's
 * own counts compare every page of every loaded filter with every result, which at 10,000
 * resources costs far more than the search (and it recounts them on every search once loaded).
 *
 * The format is Pagefind 1.6's (pinned in package.json; `tests/integration/pagefind-files.test.ts`
 * reads files Pagefind writes, so an upgrade that changes it fails there): gzip around the
 * signature `pagefind_dcd` and one CBOR value, each record an array of its fields in order.
 */

/** What the search code needs of an index's metadata. */
export interface PagefindMeta {
  /** Each page's hash (a result's `id`), at its page number. */
  pages: string[]
  /** Each filter's file, by filter name: `pagefind/filter/<hash>.pf_filter`. */
  filterFiles: Record<string, string>
}

/** A filter's values, each with the numbers of the pages that have it. */
export type FilterPages = Map<string, number[]>

/** The entry file, `pagefind/pagefind-entry.json`: each language's index. */
export interface PagefindEntry {
  languages: Record<string, {hash: string; page_count: number}>
}

const SIGNATURE = 'pagefind_dcd'

/** Decompresses a Pagefind file and drops its signature. */
export async function unpack(file: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([file as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('not a Pagefind index file')
  return bytes.subarray(SIGNATURE.length)
}

/** The index's pages and filter files, from `pagefind.<language>_<hash>.pf_meta` (unpacked). */
export function readMeta(bytes: Uint8Array): PagefindMeta {
  // [version, pages: [hash, word count, …][], index chunks, filters: [name, hash][], sorts, …]
  const [, pages, , filters] = decodeCbor(bytes) as [string, [string, ...unknown[]][], unknown, [string, string][]]
  return {pages: pages.map(([hash]) => hash), filterFiles: Object.fromEntries(filters)}
}

/** A filter's values and their pages, from `filter/<hash>.pf_filter` (unpacked). */
export function readFilter(bytes: Uint8Array): FilterPages {
  // [name, values: [value, page numbers][]]
  const [, values] = decodeCbor(bytes) as [string, [string, number[]][]]
  return new Map(values)
}

/** Which language's index Pagefind's own script loads on a page in `language` (a key of `entry.languages`). */
export function indexLanguage(entry: PagefindEntry, language: string): string {
  const {languages} = entry
  const [largest] = Object.keys(languages).sort((a, b) => languages[b].page_count - languages[a].page_count)
  const found = [language, language.split('-')[0], largest].find((key) => key !== undefined && key in languages)
  if (!found) throw new Error('the Pagefind index has no languages')
  return found
}

/** The subset of CBOR (RFC 8949) Pagefind writes: unsigned integers, text and arrays, of known length. */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = new TextDecoder()
  let at = 0
  const item = (): unknown => {
    const head = bytes[at++]
    const type = head >> 5
    const info = head & 31
    // 0–23 in the head itself; 24–27: in the next 1, 2, 4 or 8 bytes.
    const size = info < 24 ? 0 : 1 << (info - 24)
    const n =
      size === 0
        ? info
        : size === 1
          ? view.getUint8(at)
          : size === 2
            ? view.getUint16(at)
            : size === 4
              ? view.getUint32(at)
              : Number(view.getBigUint64(at))
    at += size
    if (info > 27 || type === 1 || type === 2 || type > 4)
      throw new Error(`unexpected CBOR item ${head.toString(16)} at byte ${at - 1 - size}`)
    if (type === 0) return n
    if (type === 4) return Array.from({length: n}, item)
    const chunk = bytes.subarray(at, (at += n))
    // Most strings are short hashes in ASCII, which TextDecoder is slow to start on.
    return n < 64 && chunk.every((byte) => byte < 0x80) ? String.fromCharCode(...chunk) : text.decode(chunk)
  }
  return item()
}
