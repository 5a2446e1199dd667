/** The language switcher and the Spanish edition's own pages, in Chromium. */
import {test, expect} from './fixtures'

const PAGES = {
  home: '/',
  pillar: '/pillars/building-trust-and-legitimacy/',
  resource: '/resources/camaras-corporales/',
  event: '/events/jax-forum-jan/',
  'library, page 2': '/resources/page/2/',
  'facet value': '/resources/type/guide/',
}

/**
 * What makes a page this item: a list's first entry, and the pair of addresses (English and
 * Spanish) the page says it is, whatever language its text is in.
 */
const identity = async (page: import('@playwright/test').Page) => {
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`))
  const firstEntry =
    (await page.locator('#library-results article a').count()) > 0
      ? (await page.locator('#library-results article a').first().getAttribute('href'))!.replace(/^\/es\//, '/')
      : undefined
  return {alternates, firstEntry}
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`the switcher takes a reader from the English ${name} to the Spanish one and back`, async ({page}) => {
    await page.goto(path)
    const item = await identity(page)
    await page.getByRole('link', {name: 'Leer en español'}).click()
    await expect(page).toHaveURL(new RegExp(`/es${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    // The same item: the same pair of addresses, and for a list the same first entry.
    expect(await identity(page)).toEqual(item)
    await expect(page.getByRole('navigation', {name: 'Principal'}).getByRole('link', {name: 'Recursos'})).toHaveAttribute(
      'href',
      '/es/resources/',
    )
    await page.getByRole('link', {name: 'Read in English'}).click()
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
}

test('a missing page under /es/ answers with the Spanish 404 page', async ({page, pageProblems}) => {
  const response = await page.goto('/es/no-existe/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Página no encontrada')
  await expect(page.getByRole('link', {name: 'biblioteca de recursos'})).toHaveAttribute('href', '/es/resources/')
  // The browser reports the 404 itself as a console error; that is the point of this page.
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.includes('404')))
})

test('a Spanish search finds Spanish pages first, through the Spanish index', async ({page}) => {
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.goto('/es/search/?q=confianza')
  await expect(page.locator('#search-status')).toHaveText(/^\d+ resultados? para «confianza»\.$/)
  const first = page.locator('#search-results li').first()
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/es\/resources\//)
  // The first result is a resource written in Spanish.
  await first.getByRole('link').click()
  await expect(page.locator('h1')).toHaveAttribute('lang', 'es')
  expect(fetched.some((path) => /^\/pagefind\/pagefind\.es_[^/]+\.pf_meta$/.test(path))).toBe(true)
})

test('the Spanish library filters through the Spanish index, in Spanish', async ({page}) => {
  await page.goto('/es/resources/')
  await expect(page.locator('#library-status')).toHaveText(/^Del 1 al 24 de \d+ recursos$/)
  await page
    .getByRole('search', {name: 'Filtrar la biblioteca'})
    .getByLabel(/^Guía \(/)
    .check()
  await expect(page).toHaveURL(/\/es\/resources\/\?type=guide$/)
  await expect(page.locator('#library-status')).toHaveText(/^\d+ recursos?$/)
  await expect(page.locator('#library-results article').first()).toContainText('Guía')
})

test.describe('with JavaScript off', () => {
  test.use({javaScriptEnabled: false})
  test('the Spanish library pages through and filters with links, as the English one does', async ({page}) => {
    await page.goto('/es/resources/')
    await page.getByRole('navigation', {name: 'Páginas de la biblioteca'}).getByRole('link', {name: 'Siguiente página'}).click()
    await expect(page).toHaveURL(/\/es\/resources\/page\/2\/$/)
    await page.getByRole('navigation', {name: 'Filtrar la biblioteca'}).getByRole('link', {name: 'Español', exact: true}).click()
    await expect(page).toHaveURL(/\/es\/resources\/language\/es\/$/)
    await expect(page.locator('h1')).toHaveText('Recursos: Español')
  })
})
