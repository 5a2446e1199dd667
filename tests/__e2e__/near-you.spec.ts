/**
 * "Find one near you" on the directory page: with JavaScript, typing a place lists the cities
 * that match, from a small index loaded once the visitor starts, each leading to its state's page
 * at the city; where there is none, an invitation to start one. Without JavaScript the finder
 * stays hidden and the list of states is the way in.
 */
import {test, expect} from './fixtures'
import {sampleDocuments} from '../support/sample-dataset'
import {expectNoAxeViolations} from './accessibility-check'

const partnerships = (await sampleDocuments()).filter((doc) => doc._type === 'partnership')
const inCity = (city: string, state: string) => partnerships.filter((doc) => doc.agency.city === city && doc.agency.state === state)
const PLACES = '/partnerships/places.json'

/** A phone's width and a desktop's. */
const WIDTHS = [375, 1280]

for (const width of WIDTHS) {
  test.describe(`without JavaScript, at ${width}px`, () => {
    test.use({javaScriptEnabled: false, viewport: {width, height: 800}})

    test('the finder stays hidden, and the states lead to every pairing', async ({page}) => {
      await page.goto('/partnerships/')
      // (axe runs in the page, so it cannot check one without JavaScript: the templates and
      // accessibility specs check this page with it.)
      await expect(page.getByRole('heading', {name: 'Find one near you'})).toBeHidden()
      await expect(page.getByLabel('Your city or state')).toBeHidden()
      await page.locator('[data-state-list]').getByRole('link', {name: 'Oregon'}).click()
      const [first] = inCity('Portland', 'OR')
      await page.getByRole('link', {name: first.congregation.name}).click()
      await expect(page.locator('h1')).toHaveText(first.congregation.name)
    })
  })
}

test('the index of places loads once, when the visitor starts, and typing lists the cities that match', async ({page}) => {
  const loads: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === PLACES) loads.push(request.url())
  })
  await page.goto('/partnerships/')
  const field = page.getByLabel('Your city or state')
  await expect(field).toBeVisible()
  expect(loads, 'the index loads only when the visitor starts typing').toEqual([])
  const shown = page.locator('[data-near-you-results] a')
  await field.fill('atl')
  await expect(shown).toHaveText(['Atlanta, Georgia'])
  await expect(page.locator('[data-near-you-results] li')).toHaveText([`Atlanta, Georgia (${inCity('Atlanta', 'GA').length} partnerships)`])
  await expect(page.locator('[data-near-you-status]')).toHaveText('1 city matches.')

  await field.fill('Oregon')
  // The city with more pairings first.
  await expect(shown).toHaveText(['Portland, Oregon', 'Salem, Oregon'])
  await expect(page.locator('[data-near-you-status]')).toHaveText('2 cities match.')
  await field.fill('Portland, OR')
  await expect(shown).toHaveText(['Portland, Oregon'])
  await field.fill('')
  await expect(shown).toHaveCount(0)
  await expect(page.locator('[data-near-you-status]')).toHaveText('')
  expect(loads).toHaveLength(1)
  await expectNoAxeViolations(page)
})

test('where many cities match, it lists the twelve with the most pairings and says how many there are', async ({page}) => {
  // A national directory's index, served in place of the sample's: 30 "Springfield"s in as many states.
  const sample = (await (await page.request.get(PLACES)).json()) as {states: [string, string, ...string[]][]}
  const places = sample.states.slice(0, 30).map((_, state) => ['Springfield', state, state + 1, 1])
  await page.route(`**${PLACES}`, (route) => route.fulfill({json: {states: sample.states, places}}))
  await page.goto('/partnerships/')
  await page.getByLabel('Your city or state').fill('Springfield')
  const shown = page.locator('[data-near-you-results] li')
  await expect(shown).toHaveCount(12)
  await expect(shown.first()).toContainText('(30 partnerships)')
  await expect(page.locator('[data-near-you-status]')).toHaveText(
    '30 cities match. The first 12 are listed: type more of the name to narrow them.',
  )
})

test('a city leads to its state’s page, at the city’s heading, with its pairings', async ({page}) => {
  await page.goto('/partnerships/')
  await page.getByLabel('Your city or state').fill('Portland')
  await page.locator('[data-near-you-results]').getByRole('link', {name: 'Portland, Oregon'}).click()
  await expect(page).toHaveURL(/\/partnerships\/or\/#city-portland$/)
  const heading = page.getByRole('heading', {name: 'Portland', exact: true})
  await expect(heading).toBeInViewport()
  const run = page.locator('[data-city-run="Portland"]')
  await expect(run.locator('li h3 a')).toHaveText(
    inCity('Portland', 'OR')
      .map((doc) => doc.congregation.name)
      .sort(),
  )
})

test('when the index cannot load, the finder says so and points to the list of states', async ({page, pageProblems}) => {
  await page.route(`**${PLACES}`, (route) => route.fulfill({status: 503, body: 'unavailable'}))
  await page.goto('/partnerships/')
  await page.getByLabel('Your city or state').fill('Atlanta')
  await expect(page.locator('[data-near-you-status]')).toHaveText('The list of places did not load. Choose your state below instead.')
  // It tries again on the next key.
  await page.unroute(`**${PLACES}`)
  await page.getByLabel('Your city or state').fill('Atlanta, GA')
  await expect(page.locator('[data-near-you-results] a')).toHaveText(['Atlanta, Georgia'])
  // The browser logs the refused load, the one failure this test makes on purpose.
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.includes('503')))
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
      await expect(page.locator('[data-near-you-status]')).toHaveText('There is no OneCOP partnership in Boise, Idaho yet.')
      await expect(page.locator('[data-near-you-results] li')).toHaveCount(0)
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
  await expect(page.locator('[data-near-you-results] a')).toHaveText(['Buffalo, Nueva York', 'New York, Nueva York'])
  await expect(page.locator('[data-near-you-results] li').first()).toHaveText('Buffalo, Nueva York (1 alianza)')
  await expect(page.locator('[data-near-you-results] a').first()).toHaveAttribute('href', '/es/partnerships/ny/#city-buffalo')
  await field.fill('Cheyenne, Wyoming')
  await expect(page.locator('[data-near-you-status]')).toHaveText('Todavía no hay una alianza de OneCOP en Cheyenne, Wyoming.')
  await expect(page.getByRole('link', {name: 'Comience la primera'})).toHaveAttribute('href', '/es/get-involved/?state=WY')
})
