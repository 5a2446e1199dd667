/**
 * The one accessibility check the browser tests run: axe with WCAG 2.2 AA and its best practices
 * (headings in order, one main, content in landmarks). Each page is checked once: every sitemap
 * page at desktop width (accessibility.spec.ts), each template at phone width and the pages
 * outside the sitemap at both (templates.spec.ts).
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
