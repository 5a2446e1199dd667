import {readFileSync} from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import {test, expect} from './fixtures'

/** Every page the built sitemap lists, as paths: one test each, so a slow page cannot hide another. */
function sitemapPaths(): string[] {
  const locs = (file: string) => [...readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]))
  return locs('sitemap-index.xml').flatMap((sitemap) => locs(sitemap.pathname.slice(1))).map((url) => url.pathname)
}

const paths = sitemapPaths()

test('the sitemap lists the site\'s pages', () => {
  expect(paths).toContain('/')
  expect(paths).toContain('/search/')
  expect(paths).toContain('/events/')
  expect(paths.length).toBeGreaterThan(50)
})

for (const path of paths) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({page}) => {
    await page.goto(path)
    const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([])
  })
}
