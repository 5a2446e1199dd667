/** The built `dist/` (from the sample dataset): every entry has its page, and search covers them. */
import {beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {ROOT} from '../support/astro-build'
import {isOriginal, sampleDocuments} from '../support/sample-dataset'
import {builtPages} from '../support/built-files'
import {PARTNERSHIPS_INDEX_PATH, SITE_INDEX_PATH, indexFolder} from '../../src/lib/search-index-folders'

const DIST = join(ROOT, 'dist')
let documents: Record<string, any>[]

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
  documents = await sampleDocuments()
})

const page = (path: string) => readFile(join(DIST, path, 'index.html'), 'utf8')

describe('the built site', () => {
  it('has a page for every pillar and every resource of the dataset, and no other', async () => {
    const expected = (type: string) =>
      documents
        // A translation (`language: "es"`) is its original's page in the Spanish edition.
        .filter((d) => d._type === type && isOriginal(d))
        .map((d) => d.slug.current)
        .sort()
    const pages = async (folder: string) =>
      (await readdir(join(DIST, folder), {withFileTypes: true}))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    expect(await pages('pillars')).toEqual(expected('pillar'))
    // Beside the resources: the library's later pages, /resources/page/<n>/, and its facet
    // pages, /resources/<facet>/<value>/.
    const facetFolders = ['audience', 'pillar', 'type', 'year', 'language']
    expect((await pages('resources')).filter((name) => ![...facetFolders, 'page'].includes(name))).toEqual(expected('resource'))
    for (const facet of facetFolders) expect((await pages(`resources/${facet}`)).length, facet).toBeGreaterThan(0)
    // Beside the events: the filter by state, /events/state/<state>/ (an event slugged "state" would
    // still have its page: /events/state/index.html).
    expect((await pages('events')).filter((name) => name !== 'state')).toEqual(expected('event'))
    expect((await pages('events/state')).length).toBeGreaterThan(0)
  })

  it("shows a pillar's newest resources on its page, and links to all of them past six", async () => {
    const resources = documents.filter((d) => d._type === 'resource')
    for (const pillar of documents.filter((d) => d._type === 'pillar' && isOriginal(d))) {
      const html = await page(`pillars/${pillar.slug.current}`)
      const supporting = resources.filter((resource) => resource.pillars.some((p: {_ref: string}) => p._ref === pillar._id))
      const newest = supporting
        .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title))
        .slice(0, 6)
        .map((resource) => resource.slug.current)
      const listed = resources.map((resource) => resource.slug.current).filter((slug) => html.includes(`href="/resources/${slug}/"`))
      expect(listed.sort(), pillar._id).toEqual([...newest].sort())
      const allLink = `href="/resources/pillar/${pillar.slug.current}/"`
      expect(html.includes(allLink), pillar._id).toBe(supporting.length > 6)
    }
  })

  it('says on every page that its content is a sample', async () => {
    const html = await builtPages(DIST)
    expect(html.length).toBeGreaterThan(50)
    for (const file of html)
      expect(await readFile(join(DIST, file), 'utf8'), file).toContain(file.startsWith('es/') ? 'Contenido de muestra.' : 'Sample content.')
  })

  it('names only the funders who agreed to be shown', async () => {
    const funders = await page('funders')
    const all = documents.filter((d) => d._type === 'funder')
    expect(all.some((d) => d.showPublicly === false)).toBe(true)
    for (const funder of all) expect(funders.includes(funder.name), funder._id).toBe(funder.showPublicly !== false)
  })

  it('has a robots.txt that points at the sitemap, which leaves out the 404 and thank-you pages', async () => {
    expect(await readFile(join(DIST, 'robots.txt'), 'utf8')).toMatch(
      /^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/.+\/sitemap-index\.xml\n$/,
    )
    const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain('/events/jax-forum-jan/')
    expect(sitemap).not.toMatch(/\/404\/|thank-you/)
  })

  it("has Pagefind indexes (the site's and the partnership directory's) that cover the content pages but not the search page", async () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true)
    expect(await page('')).toContain('data-pagefind-body')
    expect(await page('resources/program-one-pager')).toContain('data-pagefind-body')
    expect(await page('search')).not.toContain('data-pagefind-body')
    let indexed = 0
    for (const folder of [SITE_INDEX_PATH, PARTNERSHIPS_INDEX_PATH]) {
      const entry = JSON.parse(await readFile(join(indexFolder(DIST, folder), 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, {page_count: number}>
      }
      indexed += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
    }
    const html = await builtPages(DIST)
    const searchable = (await Promise.all(html.map((file) => readFile(join(DIST, file), 'utf8')))).filter((text) =>
      text.includes('data-pagefind-body'),
    )
    expect(searchable.length).toBeGreaterThan(documents.filter((d) => d._type === 'resource').length)
    expect(indexed).toBe(searchable.length)
  })
})
