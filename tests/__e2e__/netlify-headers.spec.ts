/**
 * The site served with netlify.toml's headers (parsed with a TOML library): every template and
 * a search work under the Content-Security-Policy, with no violation reported.
 */
import {test, expect} from './fixtures'

const TEMPLATES = [
  '/',
  '/about/',
  '/pillars/training-and-education/',
  '/partners/',
  '/funders/',
  '/resources/',
  '/resources/getting-started-congregations/',
  '/resources/type/toolkit/',
  '/events/',
  '/events/jax-forum-jan/',
  '/get-involved/',
  '/search/',
  '/no-such-page/',
]

test.beforeEach(async ({page}) => {
  // Record violations as the page sees them, in addition to the console errors the fixture fails on.
  await page.addInitScript(() => {
    ;(window as unknown as {cspViolations: string[]}).cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as {cspViolations: string[]}).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
})

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)

test('every template loads under the security headers with no CSP violation', async ({page, pageProblems}) => {
  for (const path of TEMPLATES) {
    const response = await page.goto(path)
    const headers = response!.headers()
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBeTruthy()
    expect(headers['permissions-policy']).toBeTruthy()
    expect(headers['cache-control'], path).toBe('public, max-age=0, must-revalidate')
    await page.waitForLoadState('networkidle')
    expect(await violations(page), path).toEqual([])
    // The unknown path's own 404 is the one console error expected here.
    if (path === '/no-such-page/')
      pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.includes('404')))
  }
})

test('search works under the CSP: the header box, the search page (WebAssembly) and the library', async ({page, request}) => {
  await page.goto('/search/?q=toolkit')
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “toolkit”/)
  await page.locator('#site-search').fill('briefing')
  await expect(page.locator('#site-search-results').getByRole('status')).toHaveText(/results? for “briefing”/)
  await page.goto('/resources/?type=guide')
  await expect(page.locator('#library-status')).toHaveText(/^\d+ resources$/)
  await page.locator('#library-query').fill('officers')
  await expect(page.locator('#library-status')).toHaveText(/matching “officers”/)
  expect(await violations(page)).toEqual([])

  const asset = await page.evaluate(() => (document.querySelector('script[type="module"][src]') as HTMLScriptElement).src)
  expect((await request.get(asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
})
