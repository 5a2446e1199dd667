/**
 * The first search on a built site, in Chromium: for each query, a fresh browser context (empty
 * cache) opens /search/ (wide, so its filters are on show), types the query key by key into
 * `#search-query`, and measures
 * - the bytes the search downloaded: compressed response bodies of every request (the page's and
 *   Pagefind's worker's) that started once the page had loaded (so whatever the page fetches
 *   when the box gets focus counts too) and had finished by the time the results were painted
 *   (headers not counted: HTTP/2 compresses them to little);
 * - the time from the last keystroke (`keydown`) to the paint of the results for the whole query:
 *   a MutationObserver waits for `#search-status` to name the query, then one animation frame.
 * The site is served gzip-compressed, as Netlify sends it (`static-server.ts`).
 */
import {existsSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {chromium, type Request} from '@playwright/test'
import {serveCompressed} from './static-server.ts'
import {PARTNERSHIPS_INDEX_PATH} from '../../src/lib/search-index-folders.ts'

/** One query's numbers. */
export interface SearchRun {
  term: string
  bytes: number
  /** Bytes per kind of file: Pagefind's `filter`, `index`, `fragment`, `meta`, `wasm`, its `scripts`, the partnership directory's index (`partnerships`), or the `site`'s own. */
  bytesByKind: Record<string, number>
  requests: number
  paintMs: number
  status: string
}

/** Milliseconds between two keys, like a quick typist. */
const KEY_DELAY_MS = 80

/** The targets of the first search (issue #23), over the bench's queries. */
export const SEARCH_TARGETS = {
  /** Bytes transferred, median of the queries. */
  medianBytes: 150 * 1024,
  /** Last keystroke to results painted, median of the queries: any wait for a next key counts. */
  medianPaintMs: 100,
  /** Last keystroke to results painted, for every query. */
  slowestPaintMs: 300,
}

/** What the targets judge: the medians, and the query painted last. */
export interface SearchSummary {
  medianBytes: number
  maxBytes: number
  medianPaintMs: number
  slowest: {term: string; paintMs: number}
}

export function summarizeSearch(runs: SearchRun[]): SearchSummary {
  const slowest = runs.reduce((a, b) => (b.paintMs > a.paintMs ? b : a))
  return {
    medianBytes: median(runs.map((run) => run.bytes)),
    maxBytes: Math.max(...runs.map((run) => run.bytes)),
    medianPaintMs: median(runs.map((run) => run.paintMs)),
    slowest: {term: slowest.term, paintMs: slowest.paintMs},
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// As playwright.config.ts: Debian's Chromium where it exists, Playwright's own elsewhere.
const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Searches `dist` for each term, one fresh context each. */
export async function measureSearch(dist: string, terms: string[]): Promise<SearchRun[]> {
  const server = await serveCompressed(dist)
  const browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? {executablePath: SYSTEM_CHROMIUM} : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  try {
    const runs: SearchRun[] = []
    for (const term of terms) runs.push(await firstSearch(browser, server.url, term))
    return runs
  } finally {
    await browser.close()
    await server.close()
  }
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>

async function firstSearch(browser: Browser, origin: string, term: string): Promise<SearchRun> {
  // Wide: the search page shows its filters beside the results, so their counts are asked for too.
  const context = await browser.newContext({viewport: {width: 1280, height: 800}})
  const finished: Request[] = []
  // Context-wide, so requests from Pagefind's web worker count too.
  context.on('requestfinished', (request) => finished.push(request))
  try {
    const page = await context.newPage()
    await page.goto(`${origin}/search/`, {waitUntil: 'networkidle'})
    await page.evaluate((query) => {
      const bench = {start: performance.now(), keys: [] as number[], painted: undefined as Promise<number> | undefined}
      ;(window as unknown as {bench: typeof bench}).bench = bench
      document.addEventListener('keydown', () => bench.keys.push(performance.now()), true)
      const status = document.querySelector('#search-status')!
      bench.painted = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? ''
          // Done once the status names the whole query and no longer says it is searching.
          if (!text.toLowerCase().includes(query) || /…\s*$/.test(text)) return
          observer.disconnect()
          requestAnimationFrame(() => resolve(performance.now()))
        })
        observer.observe(status, {childList: true, characterData: true, subtree: true})
      })
    }, term)
    finished.length = 0
    await page.locator('#search-query').pressSequentially(term, {delay: KEY_DELAY_MS})
    const clock = await page.evaluate(async () => {
      const {bench} = window as unknown as {bench: {start: number; keys: number[]; painted: Promise<number>}}
      const painted = await Promise.race([bench.painted, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 30_000))])
      return {origin: performance.timeOrigin, start: bench.start, last: bench.keys.at(-1)!, painted}
    })
    const status = (await page.locator('#search-status').textContent()) ?? ''
    if (clock.painted < 0) throw new Error(`no results for "${term}" within 30 s; the status says "${status}"`)
    // Let the last requestfinished events arrive.
    await page.waitForTimeout(300)
    const from = clock.origin + clock.start
    const until = clock.origin + clock.painted
    let bytes = 0
    let requests = 0
    const bytesByKind: Record<string, number> = {}
    for (const request of finished) {
      const timing = request.timing()
      if (timing.startTime < from - 1 || timing.startTime + timing.responseEnd > until + 1) continue
      const size = await bodyBytes(request)
      const kind = kindOf(new URL(request.url()).pathname)
      bytesByKind[kind] = (bytesByKind[kind] ?? 0) + size
      bytes += size
      requests += 1
    }
    return {term, bytes, bytesByKind, requests, paintMs: clock.painted - clock.last, status: status.trim()}
  } finally {
    await context.close()
  }
}

/**
 * A response body's size on the wire. Chromium reports 0 for a worker's script, so that one is
 * recomputed: gzip as the server compressed it (same library, same level), or the raw length.
 */
async function bodyBytes(request: Request): Promise<number> {
  const {responseBodySize} = await request.sizes()
  if (responseBodySize > 0) return responseBodySize
  const response = await request.response()
  if (!response) return 0
  const body = await response.body().catch(() => Buffer.alloc(0))
  return response.headers()['content-encoding'] === 'gzip' ? gzipSync(body).length : body.length
}

/** What a downloaded file is, for the breakdown of a search's bytes (any file of the partnership directory's index: `partnerships`). */
function kindOf(path: string): string {
  if (path.startsWith(PARTNERSHIPS_INDEX_PATH)) return 'partnerships'
  const folder = /^\/pagefind\/(filter|index|fragment)\//.exec(path)
  if (folder) return folder[1]
  if (path.endsWith('.pf_meta')) return 'meta'
  if (path.startsWith('/pagefind/wasm.')) return 'wasm'
  return path.startsWith('/pagefind/') ? 'scripts' : 'site'
}
