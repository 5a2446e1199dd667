/**
 * The one accessibility check the browser tests run: axe with WCAG 2.2 AA and its best practices
 * (headings in order, one main, content in landmarks). Each page is checked once: the sitemap's
 * pages at desktop width (accessibility.spec.ts, see `axeSitemapPaths`), each template at phone
 * width and the pages the sitemap check leaves out at both (templates.spec.ts).
 */
import {readFileSync} from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type {Page} from '@playwright/test'
import {expect} from './fixtures'

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const {violations} = await new AxeBuilder({page})
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([])
}

/** Every page the built sitemap lists, as paths. */
export function sitemapPaths(): string[] {
  const locs = (file: string) =>
    [...readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]))
  return locs('sitemap-index.xml')
    .flatMap((sitemap) => locs(sitemap.pathname.slice(1)))
    .map((url) => url.pathname)
}

/**
 * Listing pages that differ only in which entries they list: one state, one filter value, one page
 * of results. Their markup is the listing template's, and every entry's own page is checked.
 */
const LISTING_FAMILIES = [
  /^(\/es)?\/partnerships\/[a-z]{2}\/$/,
  /^(\/es)?\/events\/state\/[a-z]{2}\/$/,
  /^(\/es)?\/resources\/(type|audience|language|pillar)\/[^/]+\/(page\/\d+\/)?$/,
  /^(\/es)?\/resources\/page\/\d+\/$/,
]

/**
 * The sitemap's pages axe checks: every page but the listing families (see above), of which the
 * first of each edition stands for the rest. Whatever the editors write is on a checked page, and
 * the check does not grow with the number of states or filter values.
 */
export function axeSitemapPaths(paths = sitemapPaths()): string[] {
  const checked = new Set<string>()
  return paths.filter((path) => {
    const family = LISTING_FAMILIES.find((pattern) => pattern.test(path))
    if (!family) return true
    const key = `${path.startsWith('/es/') ? 'es' : 'en'} ${family.source}`
    if (checked.has(key)) return false
    checked.add(key)
    return true
  })
}

/** How many sitemap pages each listing family has, for a test that proves every family still matches. */
export function listingFamilySizes(paths = sitemapPaths()): number[] {
  return LISTING_FAMILIES.map((pattern) => paths.filter((path) => pattern.test(path)).length)
}
