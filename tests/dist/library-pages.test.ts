/**
 * The library's lists in the built `dist/`, a page at a time, as a visitor without JavaScript
 * (or a crawler) walks them: every resource reachable, no page over one page of cards, each page
 * with its own title, canonical address and prev/next links, and every page in the sitemap.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {ROOT} from '../support/astro-build'
import {sampleDocuments} from '../support/sample-dataset'
import {PAGE_SIZE} from '../../src/lib/pagination'
import {builtPages} from '../support/built-files'

const DIST = join(ROOT, 'dist')
const SITE = 'https://onecop.example.org'
let resources: Record<string, any>[]
let pillarSlugById: Map<string, string>

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
  const documents = await sampleDocuments()
  resources = documents.filter((d) => d._type === 'resource')
  pillarSlugById = new Map(documents.filter((d) => d._type === 'pillar').map((d) => [d._id, d.slug.current]))
})

const html = (path: string) => readFile(join(DIST, path, 'index.html'), 'utf8')
const attribute = (text: string, pattern: RegExp) => pattern.exec(text)?.[1]

/** The resource cards of a list page, by address, in order. */
function cards(page: string): string[] {
  const results = page.slice(page.indexOf('id="library-results"'))
  return [...results.matchAll(/<h2[^>]*><a href="\/resources\/([^/"]+)\/">/g)].map((match) => match[1])
}

/** Walks a list from its first page along `rel="next"`, checking each page's head on the way. */
async function walk(base: string): Promise<{slugs: string[]; pages: string[]}> {
  const slugs: string[] = []
  const pages: string[] = []
  let address: string | undefined = base
  while (address) {
    const page = await html(address)
    const number = pages.length + 1
    pages.push(address)
    const shown = cards(page)
    expect(shown.length, address).toBeLessThanOrEqual(PAGE_SIZE)
    expect(shown.length, `${address} is empty`).toBeGreaterThan(0)
    slugs.push(...shown)
    expect(attribute(page, /<link rel="canonical" href="([^"]+)"/), address).toBe(`${SITE}${address}`)
    expect(attribute(page, /<link rel="prev" href="([^"]+)"/), address).toBe(number === 1 ? undefined : pages.at(-2))
    const title = attribute(page, /<title>([^<]+)<\/title>/)!
    if (number > 1) expect(title, address).toMatch(new RegExp(`, page ${number} of \\d+`))
    else expect(title, address).not.toMatch(/, page \d+ of/)
    address = attribute(page, /<link rel="next" href="([^"]+)"/)
    // Numbered links, with this page's marked, wherever the list runs over more than one page.
    const current = `aria-current="page"><span class="sr-only">Page </span>${number}</a>`
    expect(page.includes(current), address).toBe(number > 1 || address !== undefined)
  }
  return {slugs, pages}
}

const newestFirst = (a: Record<string, any>, b: Record<string, any>) =>
  b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title)

/** The sample's resources with a facet value, as the library files them. */
function filed(facet: string, value: string): string[] {
  const has: Record<string, (resource: Record<string, any>) => boolean> = {
    type: (r) => r.resourceType === value,
    audience: (r) => r.audience.includes(value),
    year: (r) => r.publishedAt.startsWith(value),
    language: (r) => r.language === value,
    pillar: (r) => r.pillars.some((p: {_ref: string}) => pillarSlugById.get(p._ref) === value),
  }
  return resources
    .filter(has[facet])
    .sort(newestFirst)
    .map((r) => r.slug.current)
}

describe('the library, a page at a time', () => {
  it('reaches every resource once from /resources/, newest first, over more than one page', async () => {
    const {slugs, pages} = await walk('/resources/')
    expect(pages.length).toBe(Math.ceil(resources.length / PAGE_SIZE))
    expect(pages.length).toBeGreaterThan(1)
    expect(pages[1]).toBe('/resources/page/2/')
    expect(slugs).toEqual([...resources].sort(newestFirst).map((r) => r.slug.current))
  })

  it('lists under each facet value exactly the resources filed there, with counts over the whole library on every page', async () => {
    const first = await html('/resources/')
    const facetLinks = [...first.matchAll(/<a href="\/resources\/(type|pillar|audience|year|language)\/([^/"]+)\/"[^>]*>[^<]*<\/a> <span class="text-muted">\((\d+)\)/g)]
    expect(new Set(facetLinks.map((link) => link[1]))).toEqual(new Set(['type', 'pillar', 'audience', 'year', 'language']))
    for (const [, facet, value, count] of facetLinks) {
      const expected = filed(facet, value)
      expect(Number(count), `${facet}/${value}`).toBe(expected.length)
      const {slugs, pages} = await walk(`/resources/${facet}/${value}/`)
      expect(slugs, `${facet}/${value}`).toEqual(expected)
      // The side list counts the whole library, whichever page shows it.
      for (const address of pages) expect(await html(address), address).toContain(`${value}/">`)
    }
  })

  it('names every page of every list in the sitemap', async () => {
    const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8')
    const listPages = (await readdir(join(DIST, 'resources'), {recursive: true}))
      .filter((file) => /(^|\/)page\/\d+\/index\.html$/.test(file))
      .map((file) => `/resources/${file.replace(/index\.html$/, '')}`)
    expect(listPages).toContain('/resources/page/2/')
    for (const address of listPages) expect(sitemap, address).toContain(`<loc>${SITE}${address}</loc>`)
  })

  it('never puts more than one page of cards on any built page', async () => {
    const files = await builtPages(DIST)
    for (const file of files) {
      // The card template the library's script fills is not a card on the page.
      const page = (await readFile(join(DIST, file), 'utf8')).replace(/<template[\s\S]*?<\/template>/g, '')
      expect(page.match(/<article /g)?.length ?? 0, file).toBeLessThanOrEqual(PAGE_SIZE)
    }
  })
})
