/** Size budgets for the search code, measured on the built files as a browser would receive them. */
import {describe, expect, it} from 'vitest'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {ROOT} from '../support/astro-build'

const DIST = join(ROOT, 'dist')
const gzipSize = async (path: string) => gzipSync(await readFile(join(DIST, path))).length

/** The module scripts a built page loads itself. */
async function pageScripts(page: string): Promise<string[]> {
  const html = await readFile(join(DIST, page), 'utf8')
  return [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1])
}

/**
 * The chunks of search code that load only after Pagefind has answered, for a search with filters
 * or counts (src/browser/search/facet-filter.ts), or one whose results are told apart from the
 * partnership directory's (facet-index.ts, which reads the site's index): budgeted on their own.
 */
const AFTER_PAGEFIND = /^\/_astro\/facet-(?:filter|index)\.[\w-]+\.js$/

/** Every chunk reachable from `entry` by static or dynamic import, Pagefind's own files excluded, and those matching `stopAt`. */
async function reachable(entry: string, stopAt?: RegExp): Promise<Set<string>> {
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path) || path.startsWith('/pagefind/') || stopAt?.test(path)) continue
    seen.add(path)
    const code = await readFile(join(DIST, path), 'utf8')
    for (const [, spec] of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(new URL(spec, `http://x${path}`).pathname)
    }
    // Vite lists a dynamic import's chunks by their path from the site root.
    for (const [, spec] of code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)) queue.push(`/${spec}`)
  }
  return seen
}

/** The chunks a script imports statically, directly or through others: the browser fetches them with it. */
async function staticImports(script: string): Promise<string[]> {
  const found = new Set<string>()
  const queue = [script]
  while (queue.length > 0) {
    const code = await readFile(join(DIST, queue.shift()!), 'utf8')
    for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'`()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const path = new URL(spec, `http://x${script}`).pathname
      if (!found.has(path)) queue.push(path)
      found.add(path)
    }
  }
  return [...found]
}

/** The chunks `page`'s scripts can load, up to the ones matching `stopAt`. */
async function pageChunks(page: string, stopAt?: RegExp): Promise<string[]> {
  const chunks = new Set<string>()
  for (const script of await pageScripts(page)) for (const chunk of await reachable(script, stopAt)) chunks.add(chunk)
  return [...chunks]
}

const totalGzip = async (chunks: string[]) => (await Promise.all(chunks.map(gzipSize))).reduce((sum, size) => sum + size, 0)

describe('search code size', () => {
  it('loads at most a 2 KB (gzip) loader, with what it imports up front, on a page that is not searched', async () => {
    const scripts = await pageScripts('partners/index.html')
    expect(scripts).toHaveLength(1)
    // What the browser fetches before anyone touches the search box: the loader and its static
    // imports (Vite's preload helper, shared with the library's filters, is a chunk of its own).
    const upFront = [scripts[0], ...(await staticImports(scripts[0]))]
    expect(await totalGzip(upFront)).toBeLessThanOrEqual(2048)
  })

  // 16 KB since the list of states, DC and territories moved into the content model (#21), and
  // the bundler merged it into the chunk every searched page shares; then (#23) "Find one near
  // you" got the states' names with its index of places. The search code now carries only its
  // own strings (`src/i18n/search-translations.ts`), not the site's whole dictionary (9.7 KB of
  // gzip, the bigger part of what these pages loaded): the library page, which also filters and
  // pages through results itself, loads about 8.5 KB, the search page 7.3 KB.
  it.each(['search/index.html', 'resources/index.html', 'index.html'])(
    'keeps everything %s loads before Pagefind under 10 KB gzip',
    async (page) => {
      const chunks = await pageChunks(page, AFTER_PAGEFIND)
      expect(chunks.some((chunk) => chunk.includes('header-search'))).toBe(true)
      expect(await totalGzip(chunks), page).toBeLessThan(10 * 1024)
    },
  )

  // It reads Pagefind's filter files itself (counting there costs far less than Pagefind's own counts).
  it.each(['search/index.html', 'resources/index.html'])('keeps what %s loads after Pagefind, for filters and counts, under 2 KB gzip', async (page) => {
    const before = new Set(await pageChunks(page, AFTER_PAGEFIND))
    const later = (await pageChunks(page)).filter((chunk) => !before.has(chunk))
    expect(later.some((chunk) => AFTER_PAGEFIND.test(chunk))).toBe(true)
    expect(await totalGzip(later)).toBeLessThan(2 * 1024)
  })
})
