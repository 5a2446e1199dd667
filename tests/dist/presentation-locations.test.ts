/**
 * The Studio's Presentation tool opens, for each document, the previews of the pages that show
 * it: every document type the site shows has locations, and every location of every sample
 * document is a page of the built site that shows that document.
 */
import {describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {DOCUMENT_TYPES_WITH_PAGES} from '@onecop/content-model'
import {evaluate, parse} from 'groq-js'
import {LOCATION_FIELDS_QUERY, PREVIEW_PREFIX, previewLocations} from '../../studio/presentation/locations'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {ROOT} from '../support/astro-build'
import {sampleDocuments} from '../support/sample-dataset'

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')

/** The locations the Studio's resolver gives `doc`: its query run over the dataset, then the addresses. */
async function resolve(doc: Record<string, any>, dataset: Record<string, any>[]) {
  const fields = await (await evaluate(parse(LOCATION_FIELDS_QUERY), {dataset, params: {id: doc._id}})).get()
  return previewLocations(doc._type, fields)
}

describe('Presentation locations', () => {
  it('cover every document type the site shows', () => {
    expect([...DOCUMENT_TYPES_WITH_PAGES].sort()).toEqual(siteDocumentTypes())
  })

  it('open previews of built pages that show the document', async () => {
    expect(existsSync(join(ROOT, 'dist/index.html')), 'run `npm run build` before the tests (npm test does)').toBe(true)
    const dataset = await sampleDocuments()
    const documents = dataset.filter((doc) => siteDocumentTypes().includes(doc._type))
    let checked = 0
    for (const doc of documents) {
      const found = await resolve(doc, dataset)
      if (doc._type === 'funder' && doc.showPublicly === false) {
        expect(found, `${doc._id} is hidden from the site`).toEqual([])
        continue
      }
      expect(found.length, `${doc._id} has no location`).toBeGreaterThan(0)
      // A field translated in place shows its English version on the English pages.
      const english = (value: unknown) => (Array.isArray(value) ? value.find((item) => item.language === 'en')?.value : value)
      const shownAs = english(doc._type === 'siteSettings' ? doc.description : (doc.title ?? doc.name ?? doc.congregation?.name))
      for (const {href} of found) {
        expect(href.startsWith(`${PREVIEW_PREFIX}/`), href).toBe(true)
        const file = join(ROOT, 'dist', href.slice(PREVIEW_PREFIX.length), 'index.html')
        expect(existsSync(file), `${doc._id}: ${href} is not a page of the site`).toBe(true)
        expect(decode(await readFile(file, 'utf8')), `${doc._id} is not shown on ${href}`).toContain(shownAs)
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(documents.length)
  })
})
