/** "Find one near you" on the directory page: typing a place narrows the cities; where there is none, an invitation to start one. */
import {test, expect} from './fixtures'
import {sampleDocuments} from '../support/sample-dataset'
import {expectNoAxeViolations} from './accessibility-check'

const partnerships = (await sampleDocuments()).filter((doc) => doc._type === 'partnership')
const cities = new Set(partnerships.map((doc) => `${doc.agency.city}, ${doc.agency.state}`))
const inCity = (city: string, state: string) => partnerships.filter((doc) => doc.agency.city === city && doc.agency.state === state)

/** A phone's width and a desktop's. */
const WIDTHS = [375, 1280]

for (const width of WIDTHS) {
  test.describe(`without JavaScript, at ${width}px`, () => {
    test.use({javaScriptEnabled: false, viewport: {width, height: 800}})

    test('the field stays hidden and every city is listed with each of its pairings', async ({page}) => {
      await page.goto('/partnerships/')
      // (axe runs in the page, so it cannot check one without JavaScript: the templates and
      // accessibility specs check this page with it.)
      await expect(page.getByLabel('Your city or state')).toBeHidden()
      await expect(page.locator('[data-city-list] > li')).toHaveCount(cities.size)
      await expect(page.locator('[data-city-list] > li li a')).toHaveCount(partnerships.length)
      const [first] = inCity('Portland', 'OR')
      await page.locator('[data-city-list]').getByRole('link', {name: first.congregation.name}).click()
      await expect(page.locator('h1')).toHaveText(first.congregation.name)
    })
  })
}

test('typing a city, a state or both narrows the list as the visitor types', async ({page}) => {
  await page.goto('/partnerships/')
  const field = page.getByLabel('Your city or state')
  const shownCities = page.locator('[data-city-list] > li:visible h3')
  await field.fill('atl')
  await expect(shownCities).toHaveText(['Atlanta, Georgia'])
  await expect(page.getByRole('status').filter({hasText: 'matches'})).toHaveText('1 city matches.')
  const atlanta = inCity('Atlanta', 'GA')
  await expect(page.locator('[data-city-list] > li:visible li a')).toHaveText(atlanta.map((doc) => doc.congregation.name).sort())

  await field.fill('Oregon')
  await expect(shownCities).toHaveText(['Portland, Oregon', 'Salem, Oregon'])
  await expect(page.getByRole('status').filter({hasText: 'match'})).toHaveText('2 cities match.')
  await field.fill('Portland, OR')
  await expect(shownCities).toHaveText(['Portland, Oregon'])
  await field.fill('')
  await expect(shownCities).toHaveCount(cities.size)
})

for (const width of WIDTHS) {
  test.describe(`at ${width}px`, () => {
    test.use({viewport: {width, height: 800}})

    test('a city with no partnership says so and invites the visitor to start one, with the state they named', async ({page}) => {
      await page.goto('/partnerships/')
      const field = page.getByLabel('Your city or state')
      await field.fill('Boise, Idaho')
      await field.press('Enter')
      await expect(page).toHaveURL(/\/partnerships\/$/)
      await expect(page.locator('[data-city-list] > li:visible')).toHaveCount(0)
      await expect(page.locator('[data-near-you-status]')).toHaveText('There is no OneCOP partnership in Boise, Idaho yet.')
      const start = page.locator('[data-near-you]').getByRole('link', {name: 'Start the first one'})
      await expect(start).toHaveAttribute('href', '/get-involved/?state=ID')
      await expectNoAxeViolations(page)
      // A city alone names no state: the visitor chooses it in the form.
      await field.fill('Boise')
      await expect(start).toHaveAttribute('href', '/get-involved/')
      await field.fill('Boise, ID')
      await start.click()
      for (const select of await page.getByLabel('State').all()) await expect(select).toHaveValue('ID')
    })
  })
}

test('the Spanish edition reads state names in Spanish and keeps its links in Spanish', async ({page}) => {
  await page.goto('/es/partnerships/')
  const field = page.getByLabel('Su ciudad o estado')
  await field.fill('Nueva York')
  await expect(page.locator('[data-city-list] > li:visible h3')).toHaveText(['Buffalo, Nueva York', 'New York, Nueva York'])
  await field.fill('Cheyenne, Wyoming')
  await expect(page.locator('[data-near-you-status]')).toHaveText('Todavía no hay una alianza de OneCOP en Cheyenne, Wyoming.')
  await expect(page.getByRole('link', {name: 'Comience la primera'})).toHaveAttribute('href', '/es/get-involved/?state=WY')
})
