/** The pages the build hands Pagefind, and their order: dated pages newest first, so a search without words lists them so. */
import {describe, expect, it} from 'vitest'
import {builtPage, globOfAllBut, indexedPart, inPartnershipDirectory, mayBeDated, pagesToIndex} from '../../src/integrations/pagefind-pages'
import {addTotals} from '../../src/integrations/filter-totals'

const page = (date?: string) =>
  `<html lang="en"><body><main data-pagefind-body><div hidden data-pagefind-ignore${date ? ` data-index-date="${date}"` : ''}></div></main></body></html>`

describe('builtPage', () => {
  it("reads whether a page marks Pagefind's part of it, and the date it is listed by", () => {
    expect(builtPage('resources/a/index.html', page('2026-03-01'))).toEqual({
      path: 'resources/a/index.html',
      marked: true,
      date: '2026-03-01',
    })
    expect(builtPage('about/index.html', page())).toEqual({path: 'about/index.html', marked: true})
    expect(builtPage('search/index.html', '<html><body><main></main></body></html>')).toEqual({path: 'search/index.html', marked: false})
  })
})

describe('mayBeDated', () => {
  it("takes the pages one folder below each edition's library, and no other", () => {
    for (const path of ['resources/some-guide/index.html', 'es/resources/some-guide/index.html', 'resources/2/index.html'])
      expect(mayBeDated(path), path).toBe(true)
    for (const path of [
      'resources/index.html',
      'resources/type/guide/index.html',
      'es/resources/index.html',
      'partnerships/tx/index.html',
      'about/resources/x/index.html',
      'resources/rss.xml',
    ])
      expect(mayBeDated(path), path).toBe(false)
  })
})

describe('inPartnershipDirectory', () => {
  it("takes the directory's pages in either edition, its places too, and no other", () => {
    for (const path of ['partnerships/index.html', 'partnerships/tx/page/2/index.html', 'es/partnerships/ga/masjid/index.html'])
      expect(inPartnershipDirectory(path), path).toBe(true)
    for (const path of [
      'index.html',
      'es/index.html',
      'resources/partnerships/index.html',
      'get-involved/partnerships.html',
      'partnerships.html',
    ])
      expect(inPartnershipDirectory(path), path).toBe(false)
  })
})

describe('addTotals', () => {
  it("adds two indexes' counts value by value, keeping what only one has, and changes neither", () => {
    const site = {en: {kind: {Resource: 3, Page: 2}, type: {Guide: 1}}}
    const directory = {en: {kind: {Partnership: 5, Page: 1}}, es: {kind: {Alianza: 5}}}
    expect(addTotals(site, directory)).toEqual({
      en: {kind: {Resource: 3, Page: 3, Partnership: 5}, type: {Guide: 1}},
      es: {kind: {Alianza: 5}},
    })
    expect(site.en.kind).toEqual({Resource: 3, Page: 2})
  })
})

describe('indexedPart', () => {
  const head =
    '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Guía | OneCOP</title><link rel="stylesheet" href="/a.css"></head>'
  const main = '<main id="main" data-pagefind-body><h1>Guía</h1><p>Texto.</p></main>'
  const page = (inside: string, after = '<footer>Pie</footer>') =>
    `${head}<body><header><nav>Menú</nav></header>${inside}${after}</body></html>`

  it('keeps the html tag, the title and the marked main alone', () => {
    expect(indexedPart(page(main))).toBe(
      `<!DOCTYPE html><html lang="es"><head><title>Guía | OneCOP</title></head><body>${main}</body></html>`,
    )
  })

  it('hands over the whole page when anything else could matter to Pagefind', () => {
    for (const html of [
      page('<main><p>Nothing marked.</p></main>'),
      page(`<div data-pagefind-body>${main}</div>`),
      page(main, '<aside data-pagefind-body>More</aside>'),
      page(main, '<footer data-pagefind-filter="kind">Resource</footer>'),
      page(`<main><article data-pagefind-body><h1>Guía</h1></article></main>`),
      page(main, '<main>Another</main>'),
      page(main.replace('</main>', '')),
    ])
      expect(indexedPart(html), html).toBe(html)
  })
})

describe('pagesToIndex', () => {
  it('puts dated pages first, newest first, then the rest, each in path order; unmarked pages stay out', () => {
    const pages = [
      builtPage('about/index.html', page()),
      builtPage('resources/old/index.html', page('2019-05-02')),
      builtPage('search/index.html', '<main></main>'),
      builtPage('resources/b-new/index.html', page('2026-03-01')),
      builtPage('index.html', page()),
      builtPage('resources/a-new/index.html', page('2026-03-01')),
    ]
    expect(pagesToIndex(pages)).toEqual([
      'resources/a-new/index.html',
      'resources/b-new/index.html',
      'resources/old/index.html',
      'about/index.html',
      'index.html',
    ])
  })

  it('indexes every page of a site that marks none, as Pagefind would', () => {
    expect(pagesToIndex([builtPage('2/index.html', '<h1>2</h1>'), builtPage('1/index.html', '<h1>1</h1>')])).toEqual([
      '1/index.html',
      '2/index.html',
    ])
  })
})

describe('globOfAllBut', () => {
  const files = [
    'index.html',
    'about/index.html',
    'partnerships/tx/page/2/index.html',
    'resources/index.html',
    'resources/a-guide/index.html',
    'resources/type/toolkit/index.html',
    'es/index.html',
    'es/resources/a-guide/index.html',
    'es/resources/page/2/index.html',
    '_astro/site.css',
  ]
  const dated = new Set(['resources/a-guide/index.html', 'es/resources/a-guide/index.html'])

  it('matches every page but the excluded ones: a whole folder at once where it holds none of them', () => {
    expect(globOfAllBut(files, dated)).toBe(
      '{index.html,about/**/*.html,es/index.html,es/resources/page/**/*.html,partnerships/**/*.html,resources/index.html,resources/type/**/*.html}',
    )
  })

  it('is one folder-wide glob when nothing is excluded, and null when every page is', () => {
    expect(globOfAllBut(files, new Set())).toBe('**/*.html')
    expect(globOfAllBut(['a/index.html'], new Set(['a/index.html']))).toBeNull()
  })

  it('escapes the characters a glob gives a meaning to', () => {
    expect(globOfAllBut(['a{1,2}/index.html', 'a{1,2}/x.html', 'b/index.html'], new Set(['b/index.html']))).toBe('a\\{1\\,2\\}/**/*.html')
  })
})
