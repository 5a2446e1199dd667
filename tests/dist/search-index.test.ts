/**
 * The built search indexes, as the search pages use them: the site's, with no sort key in the
 * metadata every search loads first, only the filters the pages offer, the library's resources
 * newest first in the index's own order (its order for a search without words), and each filter's
 * totals beside it; and the partnership directory's, of its pages alone, searched with the site's
 * script and WebAssembly, so holding only the index files.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import {join, sep} from 'node:path'
import * as pagefind from 'pagefind'
import {ROOT} from '../support/astro-build'
import {sampleDocuments} from '../support/sample-dataset'
import {FACETS} from '../../src/lib/resource-facets'
import {FILTER_TOTALS_FILE, type FilterTotals} from '../../src/lib/filter-totals-file'
import {decodeCbor, readMeta, unpack, type PagefindEntry} from '../../src/lib/pagefind-files'
import {builtPages} from '../support/built-files'
import {builtPage, indexedPart, inPartnershipDirectory, mayBeDated} from '../../src/integrations/pagefind-pages'
import {newPagefindIndex} from '../../src/integrations/search-index'
import {PARTNERSHIPS_INDEX_PATH, SITE_INDEX_PATH, indexFolder} from '../../src/lib/search-index-folders'

const PAGEFIND = indexFolder(join(ROOT, 'dist'), SITE_INDEX_PATH)
const DIRECTORY_INDEX = indexFolder(join(ROOT, 'dist'), PARTNERSHIPS_INDEX_PATH)
let entry: PagefindEntry
let resources: Record<string, any>[]

beforeAll(async () => {
  if (!existsSync(join(PAGEFIND, 'pagefind-entry.json'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
  entry = JSON.parse(await readFile(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
  resources = (await sampleDocuments()).filter((doc) => doc._type === 'resource')
})

const unpacked = async (name: string) => unpack(await readFile(join(PAGEFIND, name)))
const metaOf = (language: string) => unpacked(`pagefind.${entry.languages[language].hash}.pf_meta`)

/** The built pages that mark the part Pagefind reads, of the partnership directory or not, counted by their `<html lang>`. */
async function markedPagesByLanguage(ofDirectory: boolean): Promise<Record<string, number>> {
  const dist = join(ROOT, 'dist')
  const counts: Record<string, number> = {}
  for (const file of await builtPages(dist)) {
    if (inPartnershipDirectory(file.split(sep).join('/')) !== ofDirectory) continue
    const html = await readFile(join(dist, file), 'utf8')
    if (!html.includes('data-pagefind-body')) continue
    const language = /<html[^>]* lang="([^"]+)"/.exec(html)![1]
    counts[language] = (counts[language] ?? 0) + 1
  }
  return counts
}

describe.each(['en', 'es'])("the site's %s index", (language) => {
  it('holds every page of its edition outside the partnership directory that marks its searchable part (the dated ones handed over, the rest read from a glob), and no other', async () => {
    const marked = (await markedPagesByLanguage(false))[language]
    expect(marked).toBeGreaterThan(50)
    expect(entry.languages[language].page_count).toBe(marked)
  })

  it('holds no sort key, and the filters the search page and the library offer', async () => {
    const [, , , filters, sorts] = decodeCbor(await metaOf(language)) as [unknown, unknown, unknown, [string, string][], unknown[]]
    expect(sorts).toEqual([])
    expect(filters.map(([name]) => name).sort()).toEqual(['kind', ...FACETS.map((facet) => facet.key)].sort())
  })

  it('starts with every resource, newest first, as the library lists them', async () => {
    const {pages} = readMeta(await metaOf(language))
    const first = await Promise.all(
      pages.slice(0, resources.length).map(async (hash) => {
        const fragment = JSON.parse(new TextDecoder().decode(await unpacked(`fragment/${hash}.pf_fragment`))) as {
          filters: {kind: string[]}
          meta: {date: string}
        }
        return {kind: fragment.filters.kind[0], date: fragment.meta.date}
      }),
    )
    expect(new Set(first.map((page) => page.kind)).size).toBe(1)
    const dates = first.map((page) => page.date)
    expect(dates).toEqual([...resources.map((resource) => resource.publishedAt as string)].sort().reverse())
  })
})

describe("the partnership directory's index", () => {
  it.each(['en', 'es'])("holds every page of the %s edition's directory that marks its searchable part, all of the directory's kind", async (language) => {
    const directoryEntry = JSON.parse(await readFile(join(DIRECTORY_INDEX, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
    const marked = (await markedPagesByLanguage(true))[language]
    expect(marked).toBeGreaterThan(20)
    expect(directoryEntry.languages[language].page_count).toBe(marked)
    const meta = readMeta(await unpack(await readFile(join(DIRECTORY_INDEX, `pagefind.${directoryEntry.languages[language].hash}.pf_meta`))))
    expect(Object.keys(meta.filterFiles)).toEqual(['kind'])
    const kinds = decodeCbor(await unpack(await readFile(join(DIRECTORY_INDEX, `filter/${meta.filterFiles.kind}.pf_filter`)))) as [
      string,
      [string, number[]][],
    ]
    expect(kinds[1].map(([value, pages]) => [value, pages.length])).toEqual([[language === 'en' ? 'Partnership' : 'Alianza', marked]])
  })

  it("holds only index files: the site's script and WebAssembly search it", async () => {
    const names = (await readdir(DIRECTORY_INDEX)).sort()
    expect(names.filter((name) => !/^(pagefind-entry\.json|pagefind\.\w+\.pf_meta|index|fragment|filter)$/.test(name))).toEqual([])
  })
})

describe('the filter totals written beside the index', () => {
  it("count each value's pages in each edition, for the search page before anything is asked", async () => {
    const totals = JSON.parse(await readFile(join(PAGEFIND, FILTER_TOTALS_FILE), 'utf8')) as FilterTotals
    expect(Object.keys(totals).sort()).toEqual(['en', 'es'])
    expect(totals.en.kind.Resource).toBe(resources.length)
    expect(totals.es.kind.Recurso).toBe(resources.length)
    expect(totals.en.type.Guide).toBe(resources.filter((resource) => resource.resourceType === 'guide').length)
    expect(totals.es.type.Guía).toBe(totals.en.type.Guide)
    // The partnership directory's pages, from its own index.
    const directory = (await markedPagesByLanguage(true)).en
    expect(totals.en.kind.Partnership).toBe(directory)
    expect(totals.es.kind.Alianza).toBe(directory)
  })
})

describe('the dated pages, handed over cut to the part Pagefind reads (`indexedPart`)', () => {
  it('give Pagefind the same index as the whole pages', {timeout: 60_000}, async () => {
    const dist = join(ROOT, 'dist')
    const dated: {path: string; html: string}[] = []
    for (const path of (await builtPages(dist)).map((file) => file.split(sep).join('/')).filter(mayBeDated)) {
      const html = await readFile(join(dist, path), 'utf8')
      if (builtPage(path, html).date) dated.push({path, html})
    }
    expect(dated.length).toBeGreaterThan(20)
    // Each is really cut, or the comparison below would prove nothing.
    for (const {path, html} of dated) expect(indexedPart(html).length, path).toBeLessThan(html.length * 0.8)
    const indexOf = async (content: (html: string) => string) => {
      const index = await newPagefindIndex()
      for (const {path, html} of dated) {
        const {errors} = await index.addHTMLFile({sourcePath: path, content: content(html)})
        expect(errors).toEqual([])
      }
      const {files} = await index.getFiles()
      return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]))
    }
    try {
      const whole = await indexOf((html) => html)
      const cut = await indexOf(indexedPart)
      expect([...cut.keys()].sort()).toEqual([...whole.keys()].sort())
      for (const [path, content] of whole) expect(cut.get(path), path).toBe(content)
    } finally {
      await pagefind.close()
    }
  })
})
