/**
 * Search with Pagefind. After a build, indexes `dist/` (and fails the build if it cannot: a
 * site without search is not a finished build): the pages Pagefind would read, in the order
 * `pagefind-pages.ts` gives (dated pages handed over newest first, the rest read by Pagefind from
 * a glob), then each filter's totals beside the index (`filter-totals.ts`).
 * In `astro dev`, builds an index in memory the first time the browser asks for `/pagefind/...`,
 * by reading the dev server's own pages, so search works there too.
 */
import type {AstroIntegration} from 'astro'
import {readdir, readFile} from 'node:fs/promises'
import type {AddressInfo} from 'node:net'
import {join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import * as pagefind from 'pagefind'
import {filterTotals, writeFilterTotals} from './filter-totals'
import {FILTER_TOTALS_FILE} from '../lib/filter-totals-file'
import type {PagefindEntry} from '../lib/pagefind-files'
import {builtPage, DATED_ROUTES, globOfAllBut, pagesToIndex, type BuiltPage} from './pagefind-pages'

/** Pages handed to Pagefind at once: it reads them one by one, and each waits in memory. */
const PAGES_IN_FLIGHT = 32

/** Fails the build when indexing fails or finds nothing. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'onecop-pagefind',
    hooks: {
      'astro:build:done': async ({dir, assets, logger}) => {
        const outDir = fileURLToPath(dir)
        try {
          const index = await newIndex()
          await addBuiltPages(index, outDir, datedFilesOf(assets, outDir))
          const {errors: writeErrors} = await index.writeFiles({outputPath: `${outDir}/pagefind`})
          if (writeErrors.length > 0) throw new Error(writeErrors.join('; '))
          const pageCount = await indexedPageCount(`${outDir}/pagefind`)
          if (pageCount === 0) throw new Error(`no pages to index in ${outDir}`)
          await writeFilterTotals(outDir)
          logger.info(`Pagefind indexed ${pageCount} pages`)
        } catch (error) {
          throw new Error(`Search index failed, so the build is not usable: ${(error as Error).message}`, {cause: error})
        } finally {
          await pagefind.close()
        }
      },
      'astro:server:setup': ({server, logger}) => {
        let files: Promise<Map<string, Uint8Array>> | undefined
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const origin = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`
          files ??= devIndex(origin).then((index) => {
            logger.info(`Pagefind: indexed ${index.pages} pages of the dev server`)
            return index.files
          })
          files
            .then((index) => {
              const file = index.get((req.url ?? '').split('?')[0].replace(/^\//, ''))
              if (!file) return next()
              res.setHeader('content-type', contentType(req.url ?? ''))
              res.end(file)
            })
            .catch((error: Error) => {
              files = undefined
              logger.error(`Pagefind: could not index the dev server: ${error.message}`)
              next(error)
            })
        })
      },
    },
  }
}

type PagefindIndex = Awaited<ReturnType<typeof newIndex>>

async function newIndex() {
  const {index, errors} = await pagefind.createIndex({})
  if (!index) throw new Error(`could not start Pagefind: ${errors.join('; ')}`)
  return index
}

/**
 * Adds the built pages of `outDir` to `index` in index order: the dated pages (`datedFiles`),
 * newest first, one by one (read twice, so that no more than a few are in memory), then every
 * other page, read by Pagefind itself.
 */
async function addBuiltPages(index: PagefindIndex, outDir: string, datedFiles: string[]): Promise<void> {
  const dated: BuiltPage[] = []
  for (let start = 0; start < datedFiles.length; start += PAGES_IN_FLIGHT) {
    const batch = datedFiles.slice(start, start + PAGES_IN_FLIGHT)
    dated.push(...(await Promise.all(batch.map(async (path) => builtPage(path, await readFile(join(outDir, path), 'utf8'))))))
  }
  const errors: string[] = []
  const inFlight: Promise<void>[] = []
  for (const path of pagesToIndex(dated)) {
    const content = await readFile(join(outDir, path), 'utf8')
    // Pagefind takes the pages in the order they are sent.
    inFlight.push(
      index.addHTMLFile({sourcePath: path, content}).then((added) => void errors.push(...added.errors.map((e) => `${path}: ${e}`))),
    )
    if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift()
  }
  await Promise.all(inFlight)
  const files = (await readdir(outDir, {recursive: true})).map((file) => file.split(sep).join('/'))
  const glob = globOfAllBut(files, new Set(datedFiles))
  if (glob) {
    const added = await index.addDirectory({path: outDir, glob})
    errors.push(...added.errors)
  }
  if (errors.length > 0) throw new Error(errors.join('; '))
}

/** The dated routes' pages in `assets` (`astro:build:done`'s), as paths in `outDir` with `/`. */
function datedFilesOf(assets: Map<string, URL[]>, outDir: string): string[] {
  return DATED_ROUTES.flatMap((route) => assets.get(route) ?? []).map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/'))
}

/** How many pages the written index holds, over its languages (from its `pagefind-entry.json`). */
async function indexedPageCount(indexDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}

/** Crawls the dev server from `/` through its own links and indexes every page found, in index order. */
async function devIndex(origin: string): Promise<{files: Map<string, Uint8Array>; pages: number}> {
  const index = await newIndex()
  const pages = new Map<string, string>()
  const seen = new Set<string>(['/'])
  const queue = ['/']
  while (queue.length > 0) {
    const path = queue.shift()!
    const response = await fetch(new URL(path, origin))
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue
    const html = await response.text()
    pages.set(path, html)
    for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)"/g)) {
      if (!seen.has(href) && href.endsWith('/') && !href.startsWith('/pagefind/') && !href.startsWith('/sample-assets/')) {
        seen.add(href)
        queue.push(href)
      }
    }
  }
  for (const url of pagesToIndex([...pages].map(([url, html]) => builtPage(url, html)))) {
    await index.addHTMLFile({url, content: pages.get(url)!})
  }
  const {files, errors} = await index.getFiles()
  if (errors.length > 0) throw new Error(errors.join('; '))
  const served = new Map(files.map((file) => [file.path, file.content]))
  const totals = await filterTotals(async (name) => served.get(name)!)
  served.set(FILTER_TOTALS_FILE, new TextEncoder().encode(JSON.stringify(totals)))
  return {files: served, pages: seen.size}
}

function contentType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript'
  if (path.endsWith('.css')) return 'text/css'
  if (path.endsWith('.json')) return 'application/json'
  return 'application/octet-stream'
}
