import {axeSitemapPaths, expectNoAxeViolations, listingFamilySizes, sitemapPaths} from './accessibility-check'
import {readingTest as test, expect} from './fixtures'

/**
 * The sitemap's pages at desktop width (`axeSitemapPaths`: all but the listing pages that stand for
 * each other): one test each, so a slow page cannot hide another, in one page per worker.
 */
const paths = axeSitemapPaths()

test("the sitemap lists the site's pages, and each listing family matches some", () => {
  const all = sitemapPaths()
  expect(all).toContain('/')
  expect(all).toContain('/search/')
  expect(all).toContain('/events/')
  expect(all.length).toBeGreaterThan(50)
  // A family that matches nothing means a renamed route: its pages would all be checked, but say so.
  for (const size of listingFamilySizes(all)) expect(size).toBeGreaterThan(0)
  expect(paths).toContain('/partnerships/ga/greater-hope-baptist-church-atlanta/')
  expect(paths).toContain('/es/resources/getting-started-congregations/')
})

for (const path of paths) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({readingPage}) => {
    await readingPage.goto(path)
    await expectNoAxeViolations(readingPage)
  })
}
