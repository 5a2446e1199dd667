/**
 * The search indexes of a built site: Pagefind reads `outDir` and writes two indexes (their
 * folders: `src/lib/search-index-folders.ts`). The site's own, in `outDir/pagefind/`, holds every
 * searchable page outside the partnership directory, in the order `pagefind-pages.ts` gives (dated
 * pages handed over newest first, every other page read by Pagefind itself from a glob). The
 * partnership directory's, in `outDir/pagefind/partnerships/`, holds the directory's pages, which
 * searches add once their first results are painted. Each filter's totals, over both, go beside
 * the site's (`filter-totals.ts`). Throws when indexing fails or finds nothing: a site without
 * search is not a finished build.
 *
 * It runs in a process of its own after `astro build` (`scripts/index-search.ts`, the second half
 * of `npm run build`), not in an `astro:build:done` hook: by then the build's Node process holds
 * what rendering left behind (2.3 GB at 10,000 resources and 10,000 pairings), and Pagefind's
 * indexer (1.6 GB there) would add to it instead of following it. The two indexes are made one
 * after the other, so that the indexer holds one at a time.
 */
import {access, readdir, readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import * as pagefind from 'pagefind'
import {writeFilterTotals} from './filter-totals.ts'
import type {PagefindEntry} from '../lib/pagefind-files.ts'
import {PARTNERSHIPS_INDEX_PATH, SITE_INDEX_PATH, indexFolder} from '../lib/search-index-folders.ts'
import {builtPage, globOfAllBut, indexedPart, inPartnershipDirectory, mayBeDated, pagesToIndex, type BuiltPage} from './pagefind-pages.ts'

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
 * Indexes the built site in `outDir`; resolves to the number of pages indexed, over both indexes
 * and every language. `log` hears how long each step took.
 */
export async function indexBuiltSite(outDir: string, log: (message: string) => void = () => {}): Promise<number> {
  try {
    let step = performance.now()
    const files = await filesBelow(outDir)
    const directoryPages = new Set(files.filter(inPartnershipDirectory))
    log(`listed ${files.length} files (${directoryPages.size} of the partnership directory) in ${secondsSince(step)}`)
    const site = await newPagefindIndex()
    await addSitePages(site, outDir, files, directoryPages, log)
    await writeIndex(site, indexFolder(outDir, SITE_INDEX_PATH), log)
    await site.deleteIndex()
    const directoryGlob = globOfAllBut(files, new Set(files.filter((file) => !directoryPages.has(file))))
    if (directoryGlob) {
      step = performance.now()
      const directory = await newPagefindIndex()
      const added = await directory.addDirectory({path: outDir, glob: directoryGlob})
      if (added.errors.length > 0) throw new Error(added.errors.join('; '))
      log(`Pagefind read the partnership directory's ${added.page_count} pages in ${secondsSince(step)}`)
      const folder = indexFolder(outDir, PARTNERSHIPS_INDEX_PATH)
      await writeIndex(directory, folder, log)
      await keepOnlyIndexFiles(folder)
    }
    const pageCount = await indexedPageCount(outDir)
    if (pageCount === 0) throw new Error(`no pages to index in ${outDir}`)
    await writeFilterTotals(outDir)
    return pageCount
  } catch (error) {
    throw new Error(`Search index failed, so the build is not usable: ${(error as Error).message}`, {cause: error})
  } finally {
    await pagefind.close()
  }
}

/** The files of an index another one's script searches (`mergeIndex`): its entry, metadata, words, pages and filters. */
const INDEX_FILES = /^(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/

/**
 * Removes from the index in `folder` what Pagefind writes for an index searched on its own (its
 * scripts, WebAssembly and UI): the site's script searches the partnership directory's index with
 * its own WebAssembly, and a visitor never fetches a second copy.
 */
async function keepOnlyIndexFiles(folder: string): Promise<void> {
  for (const name of await readdir(folder)) if (!INDEX_FILES.test(name)) await rm(join(folder, name), {recursive: true})
}

async function writeIndex(index: PagefindIndex, outputPath: string, log: (message: string) => void): Promise<void> {
  const writing = performance.now()
  const {errors} = await index.writeFiles({outputPath})
  if (errors.length > 0) throw new Error(errors.join('; '))
  log(`wrote ${outputPath} in ${secondsSince(writing)}`)
}

/**
 * Adds the built pages of `outDir` (its `files`) but those of the partnership directory to `index`
 * in index order: the dated pages, newest first, one by one (read twice, so that no more than a few
 * are in memory at once; each cut to the part Pagefind reads, `indexedPart`), then every other
 * page, read by Pagefind itself.
 */
async function addSitePages(
  index: PagefindIndex,
  outDir: string,
  files: string[],
  directoryPages: ReadonlySet<string>,
  log: (message: string) => void,
): Promise<void> {
  let step = performance.now()
  const dated = (await readPages(outDir, files.filter(mayBeDated), builtPage)).filter((page): page is BuiltPage => page.date !== undefined)
  log(`found ${dated.length} dated pages in ${secondsSince(step)}`)
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
  const glob = globOfAllBut(files, new Set([...dated.map((page) => page.path), ...directoryPages]))
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

/** How many pages the written indexes of `outDir` hold, over their languages (from each `pagefind-entry.json`). */
async function indexedPageCount(outDir: string): Promise<number> {
  let count = 0
  for (const sitePath of [SITE_INDEX_PATH, PARTNERSHIPS_INDEX_PATH]) {
    const file = join(indexFolder(outDir, sitePath), 'pagefind-entry.json')
    if (
      !(await access(file).then(
        () => true,
        () => false,
      ))
    )
      continue
    const entry = JSON.parse(await readFile(file, 'utf8')) as PagefindEntry
    count += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
  }
  return count
}
