/**
 * Privacy, with marker strings: the site built from a dataset whose partnerships hold a marker
 * for every value consent governs (`tests/support/privacy-markers.ts`), their consent mixed as in
 * the sample, and whose inquiries (what visitors sent through the forms) hold one in every field.
 * No withheld marker is in any built file (pages and their JSON-LD, feeds, calendars, the sitemap,
 * scripts, the search index), in the build's log, or found by a Pagefind search in either edition.
 * The markers consent lets through, and one inquiry value quoted on purpose in a resource, go the
 * same way and are found, by both: so the same checks would report any withheld value the site
 * let through.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type Browser} from '@playwright/test'
import {astroBuild, ROOT} from '../support/astro-build'
import {builtTexts, filesWith, type BuiltFile} from '../support/built-files'
import {markInquiries, markPartnerships, type Marker} from '../support/privacy-markers'
import {rawSampleDocuments} from '../support/sample-dataset'
import {startSiteServer, type SiteServer} from '../support/site-server'
import {PARTNERSHIPS_INDEX_PATH, SITE_INDEX_PATH} from '../../src/lib/search-index-folders'

let work: string
let markers: Marker[]
let inquiryMarkers: ReturnType<typeof markInquiries>
let buildLog: string
let files: BuiltFile[]
let server: SiteServer
let browser: Browser

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'onecop-privacy-'))
  for (const folder of ['images', 'files']) await symlink(join(ROOT, 'studio/seed', folder), join(work, folder))
  const documents = await rawSampleDocuments()
  markers = markPartnerships(documents)
  inquiryMarkers = markInquiries(documents)
  const dataset = join(work, 'dataset.ndjson')
  await writeFile(dataset, documents.map((document) => JSON.stringify(document)).join('\n'))
  const out = join(work, 'dist')
  const {code, output} = await astroBuild(out, {SAMPLE_DATASET: dataset})
  buildLog = output
  if (code !== 0) throw new Error(`the build of the marker dataset failed:\n${output.slice(-4000)}`)
  files = await builtTexts(out)
  server = await startSiteServer(out)
  browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox'],
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await rm(work, {recursive: true, force: true})
})

const withheld = () => markers.filter((marker) => !marker.published)
const published = () => markers.filter((marker) => marker.published)
const describeMarker = (marker: Marker) => `${marker.id} ${marker.field} "${marker.value}"`

/** How many pages a Pagefind search for `word` finds (over both indexes), in the edition whose search page is `searchPath`. */
async function searchHits(searchPath: string, words: string[]): Promise<Record<string, number>> {
  const page = await browser.newPage()
  try {
    await page.goto(`${server.url}${searchPath}`)
    // A string, so that Vitest leaves the `import()` alone: it runs in the page, against its
    // Pagefind, with the partnership directory's index merged in as the search page does.
    return await page.evaluate(`(async (terms) => {
      const pagefind = await import('${SITE_INDEX_PATH}pagefind.js')
      await pagefind.init()
      await pagefind.mergeIndex('${PARTNERSHIPS_INDEX_PATH}')
      const hits = {}
      for (const term of terms) hits[term] = (await pagefind.search(term)).results.length
      return hits
    })(${JSON.stringify(words)})`)
  } finally {
    await page.close()
  }
}

describe('partnership privacy, with marker strings', () => {
  it('covers every kind of value consent governs, some withheld and some published', () => {
    for (const field of ['congregation.city', 'congregation.streetAddress', '.name', '.contactUrl', 'recordedBy']) {
      const kind = markers.filter((marker) => marker.field.includes(field))
      expect(kind.filter((marker) => !marker.published).length, `${field} withheld`).toBeGreaterThan(0)
      if (field !== 'recordedBy') expect(kind.filter((marker) => marker.published).length, `${field} published`).toBeGreaterThan(0)
    }
    expect(new Set(markers.map((marker) => marker.word.toLowerCase())).size, 'every marker is unique').toBe(markers.length)
    // A search for the word is a search for the value.
    expect(markers.filter((marker) => !marker.value.includes(marker.word)).map(describeMarker)).toEqual([])
  })

  it('publishes no withheld value in any built file, and every published one on its pairing page', () => {
    expect(files.some(({path}) => path.endsWith('.pf_fragment'))).toBe(true)
    // In any case: Pagefind keeps words in lower case.
    const lowerCase = files.map(({path, text}) => ({path, text: text.toLowerCase()}))
    const leaks = withheld().flatMap((marker) =>
      filesWith(lowerCase, marker.word.toLowerCase()).map((path) => `${describeMarker(marker)} in ${path}`),
    )
    expect(leaks).toEqual([])
    const missing = published().filter((marker) => !filesWith(files, marker.value).some((path) => path.startsWith('partnerships/')))
    expect(missing.map(describeMarker)).toEqual([])
  })

  it('lets a Pagefind search find no withheld value, in either edition, and find every published one', async () => {
    for (const searchPath of ['/search/', '/es/search/']) {
      const hits = await searchHits(
        searchPath,
        markers.filter((marker) => marker.isText).map((marker) => marker.word),
      )
      const found = withheld().filter((marker) => hits[marker.word] > 0)
      expect(found.map(describeMarker), searchPath).toEqual([])
      const notFound = published().filter((marker) => marker.isText && hits[marker.word] === 0)
      expect(notFound.map(describeMarker), searchPath).toEqual([])
    }
  })

  it('publishes nothing a visitor sent (no inquiry value in any built file, the build log or a search) and finds the one quoted on purpose', async () => {
    const {withheld: inquiryValues, letThrough} = inquiryMarkers
    expect(inquiryValues.length).toBeGreaterThan(20)
    const lowerCase = files.map(({path, text}) => ({path, text: text.toLowerCase()}))
    const leaks = inquiryValues.flatMap((marker) =>
      filesWith(lowerCase, marker.word.toLowerCase()).map((path) => `${describeMarker(marker)} in ${path}`),
    )
    expect(leaks).toEqual([])
    expect(inquiryValues.filter((marker) => buildLog.toLowerCase().includes(marker.word.toLowerCase())).map(describeMarker)).toEqual([])
    expect(
      filesWith(files, letThrough.word).some((path) => path.startsWith('resources/')),
      'the value quoted on purpose is published',
    ).toBe(true)
    for (const searchPath of ['/search/', '/es/search/']) {
      const hits = await searchHits(searchPath, [
        ...inquiryValues.filter((marker) => marker.isText).map((marker) => marker.word),
        letThrough.word,
      ])
      expect(inquiryValues.filter((marker) => hits[marker.word] > 0).map(describeMarker), searchPath).toEqual([])
      expect(hits[letThrough.word], `${searchPath}: the value quoted on purpose is found`).toBeGreaterThan(0)
    }
  })
})
