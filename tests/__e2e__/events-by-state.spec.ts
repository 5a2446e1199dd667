/** The events page's filter by state, with and without JavaScript: a state's events are those at a venue there or held by a partnership there. */
import {test, expect} from './fixtures'
import {sampleDocuments} from '../support/sample-dataset'

const documents = await sampleDocuments()
const agencyState = new Map(documents.filter((doc) => doc._type === 'partnership').map((doc) => [doc._id, doc.agency.state as string]))
// The English events (Spanish ones are translations of the same events).
const events = documents.filter((doc) => doc._type === 'event' && !doc._id.endsWith('-es'))
const stateOf = (event: Record<string, any>): string | undefined => event.venue?.state ?? agencyState.get(event.partnership?._ref)
const inGeorgia = events.filter((event) => stateOf(event) === 'GA')

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({javaScriptEnabled})

    test("the filter lists each state's events, and a state's page lists only its own", async ({page}) => {
      await page.goto('/events/')
      const filter = page.getByRole('navigation', {name: 'Events by state'})
      const states = [...new Set(events.map(stateOf).filter(Boolean))]
      await expect(filter.getByRole('listitem')).toHaveCount(states.length + 1)
      await expect(filter.getByRole('link', {name: 'Everywhere'})).toHaveAttribute('aria-current', 'page')
      await expect(filter.getByRole('listitem').filter({hasText: 'Georgia'})).toHaveText(`Georgia (${inGeorgia.length})`)

      await filter.getByRole('link', {name: 'Georgia'}).click()
      await expect(page).toHaveURL(/\/events\/state\/ga\/$/)
      await expect(page.locator('h1')).toHaveText('Events in Georgia')
      await expect(page.getByRole('navigation', {name: 'Events by state'}).getByRole('link', {name: 'Georgia'})).toHaveAttribute(
        'aria-current',
        'page',
      )
      const listed = await page.locator('#main li h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(listed.sort()).toEqual(inGeorgia.map((event) => `/events/${event.slug.current}/`).sort())
    })
  })
}

test('the Spanish edition has the filter in Spanish', async ({page}) => {
  await page.goto('/es/events/')
  await page.getByRole('navigation', {name: 'Eventos por estado'}).getByRole('link', {name: 'Georgia'}).click()
  await expect(page).toHaveURL(/\/es\/events\/state\/ga\/$/)
  await expect(page.locator('h1')).toHaveText('Eventos en Georgia')
})

test('the breadcrumb keeps its links and separator apart', async ({page}) => {
  await page.goto('/events/state/ga/')
  const parts = page.getByRole('navigation', {name: 'Breadcrumb'}).locator('a, span')
  await expect(parts).toHaveText(['Home', '›', 'Events'])
  const boxes = await parts.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()))
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i].left - boxes[i - 1].right, `gap before part ${i}`).toBeGreaterThanOrEqual(4)
})
