/** The site's languages and their addresses. */
import {describe, expect, it} from 'vitest'
import {localeOfPath, localizedPath, unlocalizedPath} from '../../src/i18n/locales'
import {countOf} from '../../src/i18n/count-of'
import {translations} from '../../src/i18n/translations'
import {linksInLocale} from '../../src/i18n/localize-links'

describe('addresses by language', () => {
  it('reads the language from the address: /es/ is Spanish, the rest English', () => {
    expect(localeOfPath('/')).toBe('en')
    expect(localeOfPath('/resources/guide/')).toBe('en')
    expect(localeOfPath('/es/')).toBe('es')
    expect(localeOfPath('/es/resources/guide/')).toBe('es')
    expect(localeOfPath('/estonia/')).toBe('en')
    expect(localeOfPath('/en/')).toBe('en')
  })

  it('moves an address between languages and back', () => {
    expect(localizedPath('/', 'es')).toBe('/es/')
    expect(localizedPath('/resources/page/2/', 'es')).toBe('/es/resources/page/2/')
    expect(localizedPath('/es/resources/', 'es')).toBe('/es/resources/')
    expect(localizedPath('/es/resources/', 'en')).toBe('/resources/')
    expect(localizedPath('/search/?q=trust', 'es')).toBe('/es/search/?q=trust')
    expect(unlocalizedPath('/es/')).toBe('/')
    expect(unlocalizedPath('/es/events/a/')).toBe('/events/a/')
  })

  it('gives calendars and feeds per language, and leaves shared files, assets and other hosts alone', () => {
    expect(localizedPath('/events.ics', 'es')).toBe('/es/events.ics')
    expect(localizedPath('/resources/rss.xml', 'es')).toBe('/es/resources/rss.xml')
    for (const shared of [
      '/sample-assets/files/a.pdf',
      '/_astro/x.css',
      '/pagefind/pagefind.js',
      '/favicon.svg',
      '/api/publish-status',
      'https://example.org/a/',
      'mailto:a@example.org',
      '//cdn.example/x',
    ])
      expect(localizedPath(shared, 'es')).toBe(shared)
  })
})

describe('translations', () => {
  it('has every English string in Spanish too, and none left empty', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value
    expect(shape(translations('es'))).toEqual(shape(translations('en')))
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : []
    for (const text of strings(translations('es'))) expect(text.trim()).not.toBe('')
  })

  it("counts with each language's plural rules", () => {
    const resource = {one: 'resource', other: 'resources'}
    expect(countOf('en', 1, resource)).toBe('1 resource')
    expect(countOf('en', 0, resource)).toBe('0 resources')
    expect(countOf('es', 1, {one: 'recurso', other: 'recursos'})).toBe('1 recurso')
    expect(countOf('es', 2, {one: 'recurso', other: 'recursos'})).toBe('2 recursos')
  })
})

describe('links on a Spanish page', () => {
  it('point at Spanish pages, except shared files, other sites and links that name their language', () => {
    const html = [
      '<a href="/resources/">Recursos</a>',
      '<a class="x" href="/events.ics">iCal</a>',
      '<a href="/sample-assets/files/a.pdf">PDF</a>',
      '<a href="https://example.org/">fuera</a>',
      '<a href="/about/" hreflang="en" lang="en">Read in English</a>',
      '<form action="/search/" method="get">',
      '<link rel="next" href="/resources/page/2/">',
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<p>/about/ in text</p>',
    ].join('')
    expect(linksInLocale(html, 'es')).toBe(
      [
        '<a href="/es/resources/">Recursos</a>',
        '<a class="x" href="/es/events.ics">iCal</a>',
        '<a href="/sample-assets/files/a.pdf">PDF</a>',
        '<a href="https://example.org/">fuera</a>',
        '<a href="/about/" hreflang="en" lang="en">Read in English</a>',
        '<form action="/es/search/" method="get">',
        '<link rel="next" href="/es/resources/page/2/">',
        '<link rel="stylesheet" href="/_astro/a.css">',
        '<p>/about/ in text</p>',
      ].join(''),
    )
    expect(linksInLocale(html, 'en')).toBe(html)
  })
})
