/**
 * What search engines are told about each page's address and languages: the sitemap lists only
 * canonical pages, and a page names as its other languages (`hreflang`, in its head and in the
 * sitemap) only pages that are canonical themselves and name it back. A Spanish page whose
 * document has no translation yet names the English page as canonical and is listed nowhere.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {ROOT} from '../support/astro-build'
import {canonicalOf} from '../../src/integrations/sitemap'

const DIST = join(ROOT, 'dist')
const SITE = 'https://onecop.example.org'
/** Each page's own address → its canonical address and the alternates its head names. */
const heads = new Map<string, {canonical?: string; alternates: Map<string, string>}>()
let sitemap: string

beforeAll(async () => {
  // Pages are `<path>/index.html`, but for the English 404 page, `404.html`.
  const files = (await readdir(DIST, {recursive: true})).filter((file) => file.endsWith('index.html') || file === '404.html')
  for (const file of files) {
    const html = await readFile(join(DIST, file), 'utf8')
    const address = `${SITE}/${file.replace(/index\.html$/, '').replace(/^404\.html$/, '404/')}`
    const alternates = new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]))
    heads.set(address, {canonical: canonicalOf(html), alternates})
  }
  sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8')
})

const isCanonical = (address: string) => heads.get(address)?.canonical === address

describe('canonical addresses and languages', () => {
  it('leaves a Spanish page whose document is untranslated out, pointing to the English page', () => {
    const untranslated = `${SITE}/es/events/national-webinar-feb/`
    expect(heads.get(untranslated)?.canonical).toBe(`${SITE}/events/national-webinar-feb/`)
    expect(heads.get(untranslated)?.alternates.size).toBe(0)
    expect(heads.get(`${SITE}/events/national-webinar-feb/`)?.alternates.get('es')).toBeUndefined()
    expect(sitemap).not.toContain(untranslated)
  })

  it('lists only canonical pages in the sitemap, with canonical alternates', () => {
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(listed.length).toBeGreaterThan(300)
    expect(listed.filter((address) => heads.has(address) && !isCanonical(address))).toEqual([])
    const alternates = [...sitemap.matchAll(/<xhtml:link [^>]*href="([^"]+)"/g)].map((m) => m[1])
    expect(alternates.length).toBeGreaterThan(300)
    expect(alternates.filter((address) => !isCanonical(address))).toEqual([])
  })

  it('names, in every head, alternates that are canonical and name the page back', () => {
    const problems = [...heads].flatMap(([address, {alternates}]) =>
      [...alternates]
        .filter(([language]) => language !== 'x-default')
        .filter(([, other]) => !isCanonical(other) || ![...heads.get(other)!.alternates.values()].includes(address))
        .map(([language, other]) => `${address} → ${language}: ${other}`),
    )
    expect(heads.size).toBeGreaterThan(300)
    expect(problems).toEqual([])
  })
})
