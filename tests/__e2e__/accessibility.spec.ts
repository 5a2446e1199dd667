import {expectNoAxeViolations, sitemapPaths} from './accessibility-check'
import {test, expect} from './fixtures'

/** Every page the built sitemap lists, at desktop width: one test each, so a slow page cannot hide another. */
const paths = sitemapPaths()

test("the sitemap lists the site's pages", () => {
  expect(paths).toContain('/')
  expect(paths).toContain('/search/')
  expect(paths).toContain('/events/')
  expect(paths.length).toBeGreaterThan(50)
})

for (const path of paths) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({page}) => {
    await page.goto(path)
    await expectNoAxeViolations(page)
  })
}
