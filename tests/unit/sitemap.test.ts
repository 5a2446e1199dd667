/** The sitemap's entries: every listed page once, in order, each with its editions as alternates. */
import {describe, expect, it} from 'vitest'
import {canonicalOf, isCanonicalAt, sitemapEntries} from '../../src/integrations/sitemap'

const site = new URL('https://onecop.example.org')

describe('the sitemap', () => {
  it('lists each page with its editions as alternates, English first, and a page with one edition without any', () => {
    const entries = sitemapEntries(['/es/about/', '/about/', '/resources/only-english/', '/'], site)
    expect(entries).toEqual([
      '<url><loc>https://onecop.example.org/</loc></url>',
      '<url><loc>https://onecop.example.org/about/</loc><xhtml:link rel="alternate" hreflang="en" href="https://onecop.example.org/about/"/><xhtml:link rel="alternate" hreflang="es" href="https://onecop.example.org/es/about/"/></url>',
      '<url><loc>https://onecop.example.org/es/about/</loc><xhtml:link rel="alternate" hreflang="en" href="https://onecop.example.org/about/"/><xhtml:link rel="alternate" hreflang="es" href="https://onecop.example.org/es/about/"/></url>',
      '<url><loc>https://onecop.example.org/resources/only-english/</loc></url>',
    ])
  })

  it('escapes what XML would misread, and finds thousands of pages’ alternates at once', () => {
    expect(sitemapEntries(['/a&b/'], site)).toEqual(['<url><loc>https://onecop.example.org/a&amp;b/</loc></url>'])
    const paths = Array.from({length: 40_000}, (_, i) => [`/resources/r-${i}/`, `/es/resources/r-${i}/`]).flat()
    const entries = sitemapEntries(paths, site)
    expect(entries).toHaveLength(80_000)
    expect(entries.every((entry) => entry.split('<xhtml:link').length === 3)).toBe(true)
  })

  it('reads the canonical address a page names', () => {
    expect(canonicalOf('<head><link rel="canonical" href="https://onecop.example.org/about/"></head>')).toBe(
      'https://onecop.example.org/about/',
    )
    expect(canonicalOf('<head></head>')).toBeUndefined()
  })

  it('lists a page where it is canonical: where it names itself or names no address, not where it names another', () => {
    const head = (href: string) => `<head><link rel="canonical" href="${href}"></head>`
    expect(isCanonicalAt(head('https://onecop.example.org/about/'), 'https://onecop.example.org/about/')).toBe(true)
    expect(isCanonicalAt('<head></head>', 'https://onecop.example.org/about/')).toBe(true)
    expect(isCanonicalAt(head('https://onecop.example.org/about/'), 'https://onecop.example.org/es/about/')).toBe(false)
  })
})
