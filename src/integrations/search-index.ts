/**
 * The search index of a built site: Pagefind reads `outDir` in the order `pagefind-pages.ts`
 * gives (dated pages handed over newest first, every other page read by Pagefind itself from a
 * glob), writes its index to `outDir/pagefind/`, and each filter's totals go beside it
 * (`filter-totals.ts`). Throws when indexing fails or finds nothing: a site without search is not
 * a finished build.
 *
 * It runs in a process of its own after `astro build` (`scripts/index-search.ts`, the second half
 * of `npm run build`), not in an `astro:build:done` hook: by then the build's Node process holds
 * what rendering left behind (2.3 GB at 10,000 resources and 10,000 pairings), and Pagefind's
 * indexer (1.6 GB there) would add to it instead of following it.
 */
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import * as pagefind from 'pagefind'
import {writeFilterTotals} from './filter-totals.ts'
import type {PagefindEntry} from '../lib/pagefind-files.ts'
import {builtPage, globOfAllBut, indexedPart, mayBeDated, pagesToIndex, type BuiltPage} from './pagefind-pages.ts'

/** Pages read or handed to Pagefind at once: it takes them one by one, and each waits in memory. */
const PAGES_IN_FLIGHT = 32

/** A new Pagefind index (its indexer is a process of its own; `pagefind.close()` ends it). */
export async function newPagefindIndex() {
  const {index, errors} = await pagefind.createIndex({})
  if (!index) throw new Error(`could not start Pagefind: ${errors.join('; ')}`)
  return index
}

type PagefindIndex = Awaited<ReturnType<typeof newPagefindIndex>>

/**
 * Indexes the built site in `outDir`; resolves to the number of pages indexed, over every
 * language. `log` hears how long each step took.
 */
export async function indexBuiltSite(outDir: string, log: (message: string) => void = () => {}): Promise<number> {
  try {
    const index = await newPagefindIndex()
    await addBuiltPages(index, outDir, log)
    const writing = performance.now()
    const {errors: writeErrors} = await index.writeFiles({outputPath: join(outDir, 'pagefind')})
    if (writeErrors.length > 0) throw new Error(writeErrors.join('; '))
    log(`wrote the index in ${secondsSince(writing)}`)
    const pageCount = await indexedPageCount(join(outDir, 'pagefind'))
    if (pageCount === 0) throw new Error(`no pages to index in ${outDir}`)
    await writeFilterTotals(outDir)
    return pageCount
  } catch (error) {
    throw new Error(`Search index failed, so the build is not usable: ${(error as Error).message}`, {cause: error})
  } finally {
    await pagefind.close()
  }
}

/**
 * Adds the built pages of `outDir` to `index` in index order: the dated pages, newest first, one
 * by one (read twice, so that no more than a few are in memory at once; each cut to the part
 * Pagefind reads, `indexedPart`), then every other page, read by Pagefind itself.
 */
async function addBuiltPages(index: PagefindIndex, outDir: string, log: (message: string) => void): Promise<void> {
  let step = performance.now()
  const files = await filesBelow(outDir)
  const dated = (await readPages(outDir, files.filter(mayBeDated), builtPage)).filter((page): page is BuiltPage => page.date !== undefined)
  log(`found ${dated.length} dated pages among ${files.length} files in ${secondsSince(step)}`)
  step = performance.now()
  const errors: string[] = []
  const inFlight: Promise<void>[] = []
  for (const path of pagesToIndex(dated)) {
    const content = indexedPart(await readFile(join(outDir, path), 'utf8'))
    // Pagefind takes the pages in the order they are sent.
    inFlight.push(
      index.addHTMLFile({sourcePath: path, content}).then((added) => void errors.push(...added.errors.map((e) => `${path}: ${e}`))),
    )
    if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift()
  }
  await Promise.all(inFlight)
  log(`handed over the dated pages, newest first, in ${secondsSince(step)}`)
  step = performance.now()
  const glob = globOfAllBut(files, new Set(dated.map((page) => page.path)))
  if (glob) {
    const added = await index.addDirectory({path: outDir, glob})
    errors.push(...added.errors)
    log(`Pagefind read ${added.page_count} other pages in ${secondsSince(step)}`)
  }
  if (errors.length > 0) throw new Error(errors.join('; '))
}

/** Folders listed at once by `filesBelow`. */
const FOLDERS_AT_ONCE = 64

/**
 * Every file below `dir`, as paths relative to it with `/`, in no particular order. Folders are
 * listed a few dozen at a time: Node's `readdir(dir, {recursive: true})` lists them one after
 * another, 7 s for the 95,656 entries of a 47,668-page `dist/` here, against 1 s this way.
 */
async function filesBelow(dir: string): Promise<string[]> {
  const files: string[] = []
  let folders = ['']
  while (folders.length > 0) {
    const subfolders: string[] = []
    for (let start = 0; start < folders.length; start += FOLDERS_AT_ONCE) {
      await Promise.all(
        folders.slice(start, start + FOLDERS_AT_ONCE).map(async (folder) => {
          for (const entry of await readdir(join(dir, folder), {withFileTypes: true})) {
            const path = folder ? `${folder}/${entry.name}` : entry.name
            if (entry.isDirectory()) subfolders.push(path)
            else files.push(path)
          }
        }),
      )
    }
    folders = subfolders
  }
  return files
}

/** `read(path, html)` of each of `paths` in `outDir`, a few files at a time. */
async function readPages<T>(outDir: string, paths: string[], read: (path: string, html: string) => T): Promise<T[]> {
  const pages: T[] = []
  for (let start = 0; start < paths.length; start += PAGES_IN_FLIGHT) {
    const batch = paths.slice(start, start + PAGES_IN_FLIGHT)
    pages.push(...(await Promise.all(batch.map(async (path) => read(path, await readFile(join(outDir, path), 'utf8'))))))
  }
  return pages
}

const secondsSince = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`

/** How many pages the written index holds, over its languages (from its `pagefind-entry.json`). */
async function indexedPageCount(indexDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}
