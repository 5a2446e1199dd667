/**
 * Privacy in the built site: no value a partnership's side withheld (a street address, a
 * liaison's name, a contact link, who recorded the consent) is anywhere in `dist/`: pages,
 * JSON-LD, feeds, calendars, the sitemap or the search index (whose fragments are gzipped). The
 * values each side agreed to are there, so the scan is known to read what visitors get. The
 * same check over a dataset of marker strings, with a Pagefind search for each:
 * `tests/process/partnership-privacy.test.ts`.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT} from '../support/astro-build'
import {builtTexts, filesWith, type BuiltFile} from '../support/built-files'
import {sampleDocuments} from '../support/sample-dataset'
import {valuesByConsent} from '../support/partnership-consent'

const DIST = join(ROOT, 'dist')
let files: BuiltFile[]

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
  files = await builtTexts(DIST)
})

/** Where a value appears in the built site. */
const foundIn = (value: string) => filesWith(files, value)

describe('the built site and partnership consent', () => {
  it('publishes no value a side withheld, in any page, feed, calendar, sitemap or search index', async () => {
    const partnerships = (await sampleDocuments()).filter((doc) => doc._type === 'partnership')
    const withheld = partnerships.flatMap((doc) => valuesByConsent(doc).withheld.map((value) => ({id: doc._id, value})))
    expect(withheld.length).toBeGreaterThan(20)
    expect(files.some(({path}) => path.endsWith('.pf_fragment'))).toBe(true)
    const leaks = withheld.flatMap(({id, value}) => foundIn(value).map((path) => `${id}: "${value}" in ${path}`))
    expect(leaks).toEqual([])
  })

  it('publishes what each side agreed to, on the partnership page and in the search index', async () => {
    const partnerships = (await sampleDocuments()).filter((doc) => doc._type === 'partnership')
    const shown = partnerships.flatMap((doc) => valuesByConsent(doc).shown.map((value) => ({id: doc._id, value})))
    expect(shown.length).toBeGreaterThan(10)
    const missing = shown.filter(({value}) => !foundIn(value).some((path) => path.startsWith('partnerships/')))
    expect(missing).toEqual([])
  })
})
