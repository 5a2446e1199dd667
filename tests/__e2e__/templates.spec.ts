/** Every page template at a phone's width and a desktop's: no accessibility violation, no sideways scroll. */
import {axeSitemapPaths, expectNoAxeViolations} from './accessibility-check'
import {readingTest, test, expect} from './fixtures'

const TEMPLATES = {
  home: '/',
  about: '/about/',
  pillars: '/pillars/',
  pillar: '/pillars/community-policing-and-crime-reduction/',
  partners: '/partners/',
  funders: '/funders/',
  library: '/resources/',
  'resource (file)': '/resources/getting-started-congregations/',
  'resource (link, Spanish)': '/resources/camaras-corporales/',
  events: '/events/',
  'event (cancelled)': '/events/scam-workshop-seniors-nov/',
  'event (hybrid)': '/events/jax-forum-jan/',
  // Its Spanish edition, with the untranslated notice, is outside the sitemap: axe checks it here at both widths.
  'event (not yet translated)': '/events/national-webinar-feb/',
  'events in a state': '/events/state/ga/',
  partnerships: '/partnerships/',
  'partnerships in a state': '/partnerships/ga/',
  'a state without partnerships': '/partnerships/wy/',
  partnership: '/partnerships/ga/greater-hope-baptist-church-atlanta/',
  'get involved': '/get-involved/',
  'thank you': '/get-involved/thank-you/',
  search: '/search/',
}
// The Spanish edition of each template: the same page under /es/.
const EDITIONS = Object.fromEntries(
  Object.entries(TEMPLATES).flatMap(([name, path]) => [
    [name, path],
    [`${name} (Spanish edition)`, `/es${path}`],
  ]),
)

// Axe runs once per page: here at phone width for every template, and at desktop width only for
// pages accessibility.spec.ts leaves out (it checks the sitemap's pages at desktop width).
const checkedAtDesktop = new Set(axeSitemapPaths())

for (const width of [375, 1280]) {
  readingTest.describe(`at ${width}px`, () => {
    readingTest.use({viewport: {width, height: 900}})
    for (const [name, path] of Object.entries(EDITIONS)) {
      const checkAxe = width === 375 || !checkedAtDesktop.has(path)
      readingTest(`${name}: ${checkAxe ? 'no axe violation, ' : ''}no horizontal scroll`, async ({readingPage: page}) => {
        await page.goto(path)
        if (checkAxe) await expectNoAxeViolations(page)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, 'page is wider than the window').toBeLessThanOrEqual(0)
        await expect(page.locator('h1')).toHaveCount(1)
      })
    }
  })
}

test('the 404 page answers an unknown address', async ({page, pageProblems}) => {
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  // The browser logs the 404 itself as a console error: that one is the point of this test.
  const logged = pageProblems.findIndex((problem) => problem.includes('404'))
  expect(logged).toBeGreaterThanOrEqual(0)
  pageProblems.splice(logged, 1)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Page not found')
})

test('pages without interaction load no script but the header search loader', async ({page}) => {
  for (const path of ['/', '/resources/getting-started-congregations/', '/events/jax-forum-jan/', '/partners/']) {
    const scripts: string[] = []
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname))
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    // The loader, and Vite's preload helper it imports (a chunk of its own, shared with the
    // library's filters); their size is budgeted together in tests/dist/search-budget.test.ts.
    expect(scripts.sort(), path).toEqual([
      expect.stringMatching(/^\/_astro\/SiteHeader\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
      expect.stringMatching(/^\/_astro\/preload-helper\.[\w-]+\.js$/),
    ])
    page.removeAllListeners('request')
  }
})

test('RSS feeds parse as XML and list every entry', async ({page, request}) => {
  await page.goto('/')
  for (const [feed, minimum] of [
    ['/resources/rss.xml', 40],
    ['/events/rss.xml', 16],
  ] as const) {
    const xml = await (await request.get(feed)).text()
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('channel > title')?.textContent,
        items: doc.querySelectorAll('item').length,
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent),
      }
    }, xml)
    expect(parsed.error, feed).toBeNull()
    expect(parsed.title).toMatch(/^OneCOP /)
    expect(parsed.items).toBeGreaterThanOrEqual(minimum)
    expect(parsed.links.every((link) => link?.startsWith('https://'))).toBe(true)
  }
})

test('the print style leaves out navigation and banners', async ({page}) => {
  await page.goto('/events/jax-forum-jan/')
  await page.emulateMedia({media: 'print'})
  await expect(page.locator('header')).toBeHidden()
  await expect(page.locator('footer')).toBeHidden()
  await expect(page.getByRole('heading', {level: 1})).toBeVisible()
})
