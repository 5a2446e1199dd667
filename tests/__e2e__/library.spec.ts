/**
 * The resource library in Chromium: with JavaScript, filters and words search Pagefind and the
 * results come a page at a time with the view in the address; without it, numbered pages and
 * facet pages reach every resource. Never more than one page of cards either way.
 */
import {expectNoAxeViolations} from './accessibility-check'
import {test, expect} from './fixtures'
import {count, resources, resourcesText} from './sample-resources'

const PAGE_SIZE = 24
const cards = (page: import('@playwright/test').Page) => page.locator('#library-results article')
const status = (page: import('@playwright/test').Page) => page.locator('#library-status')
const form = (page: import('@playwright/test').Page) => page.getByRole('search', {name: 'Filter the library'})

test('filters search the index, counts follow, and the address keeps the view through reload, Back and Forward', async ({page}) => {
  await page.goto('/resources/')
  await expect(status(page)).toHaveText(`Showing 1–${PAGE_SIZE} of ${resources.length} resources`)
  await expect(cards(page)).toHaveCount(PAGE_SIZE)
  await form(page)
    .getByLabel(/^Toolkit \(/)
    .check()
  const toolkits = count((r) => r.resourceType === 'toolkit')
  await expect(status(page)).toHaveText(resourcesText(toolkits))
  await expect(cards(page)).toHaveCount(toolkits)
  await form(page)
    .getByLabel(/^2026 \(/)
    .check()
  const expected = count((r) => r.resourceType === 'toolkit' && r.publishedAt.startsWith('2026'))
  await expect(status(page)).toHaveText(resourcesText(expected))
  await expect(page).toHaveURL(/\/resources\/\?type=toolkit&year=2026$/)
  await expect(cards(page)).toHaveCount(expected)
  // Counts beside the other type values say what each would give with the year filter.
  await expect(form(page).locator('label[for="library-type-guide"]')).toHaveText(
    `Guide (${count((r) => r.resourceType === 'guide' && r.publishedAt.startsWith('2026'))})`,
  )
  // A result card is the built card: type, linked title, summary, publisher and date.
  const toolkit = resources
    .filter((r) => r.resourceType === 'toolkit' && r.publishedAt.startsWith('2026'))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
  const first = cards(page).first()
  await expect(first.getByRole('link')).toHaveText(toolkit.title)
  await expect(first.getByRole('link')).toHaveAttribute('href', `/resources/${toolkit.slug.current}/`)
  await expect(first).toContainText('Toolkit')
  await expect(first).toContainText(toolkit.summary)
  await expect(first).toContainText(toolkit.publisher)
  await expectNoAxeViolations(page)
  await page.reload()
  await expect(status(page)).toHaveText(resourcesText(expected))
  await page.goBack()
  await expect(page).toHaveURL(/\/resources\/\?type=toolkit$/)
  await expect(status(page)).toHaveText(resourcesText(toolkits))
  await expect(form(page).getByLabel(/^2026 \(/)).not.toBeChecked()
  await page.goBack()
  // Nothing asked: the built page again, with its counts over the whole library.
  await expect(status(page)).toHaveText(`Showing 1–${PAGE_SIZE} of ${resources.length} resources`)
  await expect(form(page).locator('label[for="library-type-toolkit"]')).toHaveText(`Toolkit (${toolkits})`)
  await page.goForward()
  await expect(status(page)).toHaveText(resourcesText(toolkits))
})

test('results past one page come a page at a time, with numbered pages in the address', async ({page}) => {
  const forCongregations = count((r) => r.audience.includes('congregations'))
  expect(forCongregations).toBeGreaterThan(PAGE_SIZE)
  await page.goto('/resources/?audience=congregations')
  await expect(status(page)).toHaveText(`Showing 1–${PAGE_SIZE} of ${forCongregations} resources`)
  await expect(cards(page)).toHaveCount(PAGE_SIZE)
  const pages = page.getByRole('navigation', {name: 'Pages of the results'})
  await expect(pages.getByRole('link', {name: 'Page 1'})).toHaveAttribute('aria-current', 'page')
  await pages.getByRole('link', {name: 'Next page'}).click()
  await expect(page).toHaveURL(/\/resources\/\?audience=congregations&page=2$/)
  await expect(status(page)).toHaveText(`Showing 25–${forCongregations} of ${forCongregations} resources`)
  await expect(cards(page)).toHaveCount(forCongregations - PAGE_SIZE)
  await expect(status(page)).toBeFocused()
  await expectNoAxeViolations(page)
  await page.reload()
  await expect(cards(page)).toHaveCount(forCongregations - PAGE_SIZE)
  await page.goBack()
  await expect(status(page)).toHaveText(`Showing 1–${PAGE_SIZE} of ${forCongregations} resources`)
  // A new filter starts again at the first page.
  await page.goForward()
  await form(page)
    .getByLabel(/^Guide \(/)
    .check()
  await expect(page).toHaveURL(/\/resources\/\?type=guide&audience=congregations$/)
})

test('words narrow the library through the index, and a page past the first filters from the library itself', async ({page}) => {
  await page.goto('/resources/page/2/')
  await expect(status(page)).toHaveText(`Showing 25–${resources.length} of ${resources.length} resources`)
  await page.locator('#library-query').fill('officers')
  await expect(status(page)).toHaveText(/^\d+ resources? matching “officers”$/)
  await expect(page).toHaveURL(/\/resources\/\?q=officers$/)
  const shown = await cards(page).count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThanOrEqual(PAGE_SIZE)
})

test.describe('with JavaScript off', () => {
  test.use({javaScriptEnabled: false})

  test('numbered pages reach every resource, and facet pages list theirs', async ({page}) => {
    await page.goto('/resources/')
    const seen: string[] = []
    for (;;) {
      const shown = await cards(page)
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
      expect(shown.length).toBeLessThanOrEqual(PAGE_SIZE)
      seen.push(...shown)
      const next = page.getByRole('navigation', {name: 'Pages of the library'}).getByRole('link', {name: 'Next page'})
      if ((await next.count()) === 0) break
      await next.click()
    }
    expect(seen.sort()).toEqual(resources.map((r) => `/resources/${r.slug.current}/`).sort())
    const nav = page.getByRole('navigation', {name: 'Filter the library'})
    await nav.getByRole('link', {name: 'Toolkit', exact: true}).click()
    await expect(page).toHaveURL(/\/resources\/type\/toolkit\/$/)
    await expect(cards(page)).toHaveCount(count((r) => r.resourceType === 'toolkit'))
    await page.getByRole('navigation', {name: 'Filter the library'}).getByRole('link', {name: 'Spanish', exact: true}).click()
    await expect(cards(page)).toHaveCount(count((r) => r.language === 'es'))
  })
})
