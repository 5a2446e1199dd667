/** The partnership directory in Chromium: the map and the list lead to every state, with and without JavaScript, and search finds pairings. */
import {test, expect} from './fixtures'
import {sampleDocuments} from '../support/sample-dataset'

const partnerships = (await sampleDocuments()).filter((doc) => doc._type === 'partnership')
const statesWith = [...new Set(partnerships.map((doc) => doc.agency.state as string))].sort()

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({javaScriptEnabled})

    test('the map links every state that has a partnership, the list every state, and a state page lists its pairings', async ({page}) => {
      await page.goto('/partnerships/')
      // The totals come from the data.
      const cities = new Set(partnerships.map((doc) => `${doc.agency.city}, ${doc.agency.state}`)).size
      await expect(page.locator('[data-directory-totals]')).toHaveText(
        `${partnerships.length} partnerships · ${statesWith.length} states · ${cities} cities`,
      )
      const mapLinks = await page.locator('figure svg a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(mapLinks.sort()).toEqual(statesWith.map((state) => `/partnerships/${state.toLowerCase()}/`))
      await expect(page.locator('[data-state-list] a')).toHaveCount(56)

      const georgia = partnerships.filter((doc) => doc.agency.state === 'GA')
      await page.locator('figure svg a[href="/partnerships/ga/"]').click()
      await expect(page).toHaveURL(/\/partnerships\/ga\/$/)
      await expect(page.locator('h1')).toHaveText('Partnerships in Georgia')
      await expect(page.locator('#main li h3 a')).toHaveCount(georgia.length)
      // City by city: each city's heading, then its pairings.
      const georgiaCities = [...new Set(georgia.map((doc) => doc.agency.city as string))].sort()
      await expect(page.locator('[data-city-run] h2')).toHaveText(georgiaCities)
      await expect(page.locator('[data-state-range]')).toHaveText(`${georgia.length} partnerships`)
      await page.getByRole('link', {name: georgia.map((doc) => doc.congregation.name).sort()[0]}).click()
      await expect(page.locator('h1')).toHaveText(georgia.map((doc) => doc.congregation.name).sort()[0])
    })

    test('a state with no partnership invites the visitor to start one, with the state filled in', async ({page}) => {
      await page.goto('/partnerships/')
      await page.locator('[data-state-list]').getByRole('link', {name: 'Wyoming'}).click()
      await expect(page.locator('[data-no-partnership]')).toContainText('There is no OneCOP partnership in Wyoming yet.')
      await expect(page.getByRole('link', {name: 'Start the first one'})).toHaveAttribute('href', '/get-involved/?state=WY')
      await page.getByRole('link', {name: 'Start the first one'}).click()
      // With JavaScript, both forms have Wyoming chosen; without, the visitor chooses it.
      for (const field of await page.getByLabel('State').all()) await expect(field).toHaveValue(javaScriptEnabled ? 'WY' : '')
      await expect(page.getByLabel('State')).toHaveCount(2)
    })
  })
}

test('the map is keyboard-usable: Tab reaches the state links, Enter opens one', async ({page}) => {
  await page.goto('/partnerships/')
  const onMapLink = () => page.evaluate(() => document.activeElement?.closest('figure svg a')?.getAttribute('href') ?? null)
  let href: string | null = null
  for (let presses = 0; presses < 60 && !href; presses += 1) {
    await page.keyboard.press('Tab')
    href = await onMapLink()
  }
  expect(href, 'Tab never reached a state on the map').toMatch(/^\/partnerships\/[a-z]{2}\/$/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href}$`))
})

test('search finds a pairing by its congregation, its agency, its city and its state, in the line after the results', async ({page}) => {
  const doc = partnerships.find((candidate) => candidate.congregation.name.startsWith('Masjid Al-Noor'))!
  const href = `/partnerships/${doc.agency.state.toLowerCase()}/${doc.slug.current}/`
  for (const query of ['Masjid Al-Noor', 'Zone 6', 'Atlanta Police', 'Georgia']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`)
    const line = page.locator('#search-partnerships')
    await expect(line, query).toHaveText(new RegExp(`^\\d+ partnerships? also match(es)? “${query}”\\. Show the partnerships$`))
    await line.getByRole('link', {name: 'Show the partnerships'}).click()
    await expect(page).toHaveURL(/[?&]kind=Partnership(&|$)/)
    await expect(page.locator('#search-kind-Partnership')).toBeChecked()
    await expect(page.locator(`#search-results a[href="${href}"]`).first(), query).toBeVisible()
    // The directory's pages alone, the first of them focused.
    const shown = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    expect(
      shown.filter((path) => !path.startsWith('/partnerships/')),
      query,
    ).toEqual([])
    await expect(page.locator('#search-results h2 a').first()).toBeFocused()
    await expect(line).toHaveText('')
  }
})

test('a home-page figure counted from the directory shows its total as of the build, with the directory as its source', async ({page}) => {
  const settings = (await sampleDocuments()).find((doc) => doc._type === 'siteSettings')!
  const counted = settings.impactFigures.filter((figure: {countedFrom?: string}) => figure.countedFrom)
  expect(counted.map((figure: {countedFrom: string}) => figure.countedFrom)).toEqual(['cities'])
  const cities = new Set(partnerships.map((doc) => `${doc.agency.city}, ${doc.agency.state}`)).size
  for (const [path, source] of [
    ['/', 'the OneCOP partnership directory'],
    ['/es/', 'el directorio de alianzas de OneCOP'],
  ]) {
    await page.goto(path)
    const figure = page.locator('[data-counted-from="cities"]')
    await expect(figure.locator('p').first()).toHaveText(String(cities))
    await expect(figure.getByRole('link', {name: source})).toHaveAttribute('href', path === '/' ? '/partnerships/' : '/es/partnerships/')
    // Dated the day of the build (the test runs on the build it checks, well within a day or so).
    const built = new Date(`${await figure.locator('time').getAttribute('datetime')}T12:00:00Z`)
    expect(Math.abs(Date.now() - built.getTime())).toBeLessThan(2 * 24 * 3600 * 1000)
  }
})

test("a pairing's photos load, each with its alt text", async ({page}) => {
  const doc = partnerships.find((candidate) => candidate.photos?.length > 0)!
  await page.goto(`/partnerships/${doc.agency.state.toLowerCase()}/${doc.slug.current}/`)
  const photos = page.getByRole('region', {name: 'Photos'}).getByRole('img')
  await expect(photos).toHaveCount(doc.photos.length)
  for (const [index, photo] of doc.photos.entries()) {
    await expect(photos.nth(index)).toHaveAttribute('alt', photo.alt)
    await photos.nth(index).scrollIntoViewIfNeeded()
    await expect
      .poll(() => photos.nth(index).evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBeGreaterThan(0)
  }
})
