/**
 * The search code reads Pagefind's own files (src/lib/pagefind-files.ts): here from an index the
 * pinned Pagefind writes, so an upgrade that changes their format fails this test. Also what the
 * build relies on: pages are numbered in the order they are added (the library's order without
 * words), and the filter totals it writes beside the index.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as pagefind from 'pagefind'
import {filterTotals} from '../../src/integrations/filter-totals'
import {indexLanguage, readFilter, readMeta, unpack, type PagefindEntry} from '../../src/lib/pagefind-files'

const page = (title: string, filters: Record<string, string[]>, lang = 'en') =>
  `<html lang="${lang}"><body><main data-pagefind-body><h1>${title}</h1><p>About ${title.toLowerCase()}.</p>${Object.entries(filters)
    .flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${name}">${value}</span>`))
    .join('')}</main></body></html>`

// Added in this order on purpose: not the order of their paths.
const PAGES = [
  {path: 'resources/newest/index.html', html: page('Newest guide', {kind: ['Resource'], type: ['Guide'], year: ['2026']})},
  {path: 'resources/middle/index.html', html: page('Middle toolkit', {kind: ['Resource'], type: ['Toolkit'], year: ['2025']})},
  {path: 'resources/oldest/index.html', html: page('Oldest guide', {kind: ['Resource'], type: ['Guide', 'Toolkit'], year: ['2019']})},
  {path: 'about/index.html', html: page('About us', {kind: ['Page']})},
  {path: 'es/about/index.html', html: page('Quiénes somos', {kind: ['Página']}, 'es')},
]

let files: Map<string, Uint8Array>
const read = async (name: string) => files.get(name) ?? Promise.reject(new Error(`no ${name} in the index`))

beforeAll(async () => {
  const {index, errors} = await pagefind.createIndex({})
  if (!index) throw new Error(errors.join('; '))
  for (const {path, html} of PAGES) await index.addHTMLFile({sourcePath: path, content: html})
  const written = await index.getFiles()
  files = new Map(written.files.map((file) => [file.path, file.content]))
})
afterAll(() => pagefind.close())

async function englishIndex() {
  const entry = JSON.parse(new TextDecoder().decode(await read('pagefind-entry.json'))) as PagefindEntry
  const meta = readMeta(await unpack(await read(`pagefind.${entry.languages[indexLanguage(entry, 'en-US')].hash}.pf_meta`)))
  const urlOf = async (hash: string) =>
    (JSON.parse(new TextDecoder().decode(await unpack(await read(`fragment/${hash}.pf_fragment`)))) as {url: string}).url
  return {meta, urls: await Promise.all(meta.pages.map(urlOf))}
}

describe("Pagefind's index files, as the search code reads them", () => {
  it('lists the pages in the order they were added, each by the hash its results carry', async () => {
    const {urls} = await englishIndex()
    expect(urls).toEqual(['/resources/newest/', '/resources/middle/', '/resources/oldest/', '/about/'])
  })

  it("gives each filter value its pages' numbers", async () => {
    const {meta, urls} = await englishIndex()
    expect(Object.keys(meta.filterFiles).sort()).toEqual(['kind', 'type', 'year'])
    const type = readFilter(await unpack(await read(`filter/${meta.filterFiles.type}.pf_filter`)))
    const urlsOf = (value: string) =>
      type
        .get(value)!
        .map((number) => urls[number])
        .sort()
    expect([...type.keys()].sort()).toEqual(['Guide', 'Toolkit'])
    expect(urlsOf('Guide')).toEqual(['/resources/newest/', '/resources/oldest/'])
    expect(urlsOf('Toolkit')).toEqual(['/resources/middle/', '/resources/oldest/'])
  })

  it('falls back to the largest index for a language it lacks, as Pagefind does', async () => {
    const entry = JSON.parse(new TextDecoder().decode(await read('pagefind-entry.json'))) as PagefindEntry
    expect(indexLanguage(entry, 'es')).toBe('es')
    expect(indexLanguage(entry, 'fr')).toBe('en')
  })
})

describe('filterTotals', () => {
  it("counts each filter value's pages in each language's index", async () => {
    expect(await filterTotals(read)).toEqual({
      en: {kind: {Resource: 3, Page: 1}, type: {Guide: 2, Toolkit: 2}, year: {'2026': 1, '2025': 1, '2019': 1}},
      es: {kind: {Página: 1}},
    })
  })
})
