import {test, expect} from './fixtures'

test('a cancelled event keeps its page and says so before anything else', async ({page}) => {
  await page.goto('/events/scam-workshop-seniors-nov/')
  const article = page.locator('article')
  const notice = article.locator('[data-event-status="cancelled"]')
  await expect(notice).toContainText('This event is cancelled')
  await expect(notice).toContainText('The workshop will be offered again in the spring')
  // The notice comes first in the article, above the title.
  expect(await article.evaluate((el) => el.firstElementChild?.getAttribute('data-event-status'))).toBe('cancelled')
  await expect(page.getByRole('link', {name: /^Register/})).toHaveCount(0)
})

test('a postponed event says so too, and a scheduled one does not', async ({page}) => {
  await page.goto('/events/portland-holiday-appreciation/')
  await expect(page.locator('[data-event-status="postponed"]')).toContainText('This event is postponed')
  await page.goto('/events/jax-forum-jan/')
  await expect(page.locator('[data-event-status]')).toHaveCount(0)
})

test('an event shows its time in its own, named time zone, with a map and a calendar file', async ({page, request}) => {
  await page.goto('/events/portland-youth-career-mar/')
  await expect(page.locator('dd').getByText('Thursday, March 18, 2027')).toBeVisible()
  await expect(page.locator('dd').getByText('6:00 – 8:00 PM Pacific Daylight Time')).toBeVisible()
  await expect(page.getByRole('link', {name: /^Open the map/})).toHaveAttribute(
    'href',
    /openstreetmap\.org\/\?mlat=45\.5617&mlon=-122\.6732/,
  )
  const ics = page.getByRole('link', {name: /^Add to calendar/})
  const response = await request.get((await ics.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  expect(await response.text()).toContain('BEGIN:VEVENT')
})

test('the events page lists upcoming and past events', async ({page}) => {
  await page.goto('/events/')
  const upcoming = page.getByRole('region', {name: 'Upcoming'}).getByRole('listitem')
  const past = page.getByRole('region', {name: 'Past'}).getByRole('listitem')
  expect(await upcoming.count()).toBeGreaterThan(0)
  expect(await past.count()).toBeGreaterThan(0)
})
