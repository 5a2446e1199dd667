import {test, expect} from './fixtures'

test('a visitor goes from the home page to a pillar and on to a resource', async ({page}) => {
  await page.goto('/')
  await expect(page).toHaveTitle('OneCOP: One Congregation One Precinct')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('One Congregation One Precinct')
  const pillars = page.getByRole('region', {name: 'The six pillars'}).getByRole('listitem')
  await expect(pillars).toHaveCount(6)
  await expect(page.getByText('Sample content.')).toBeVisible()

  await page.getByRole('region', {name: 'The six pillars'}).getByRole('link', {name: 'Pillar 6: Officer Wellness & Safety'}).click()
  await expect(page).toHaveURL(/\/pillars\/officer-wellness-and-safety\/$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Pillar 6: Officer Wellness & Safety')
  await expect(page.getByText('Also called Officer Safety and Wellness.')).toBeVisible()

  await page.getByRole('link', {name: 'Caring for Those Who Serve: Officer Wellness Conversation Guide'}).click()
  await expect(page).toHaveURL(/\/resources\/officer-wellness-conversation\/$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Caring for Those Who Serve: Officer Wellness Conversation Guide')
  await expect(page.getByRole('link', {name: /^Open the guide/})).toHaveAttribute('href', /^https:\/\//)
  await expect(page.getByRole('link', {name: 'Pillar 6: Officer Wellness & Safety'})).toBeVisible()
})

test('a Spanish resource is marked as Spanish for screen readers', async ({page}) => {
  await page.goto('/resources/guia-para-congregaciones/')
  await expect(page.getByRole('heading', {level: 1})).toHaveAttribute('lang', 'es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('a resource stored as a file downloads, and its cover image shows', async ({page, request}) => {
  await page.goto('/resources/getting-started-congregations/')
  const download = page.getByRole('link', {name: /^Download the guide \(PDF, \d+ KB\)/})
  await expect(download).toBeVisible()
  const href = await download.getAttribute('href')
  const response = await request.get(href!)
  expect(response.status()).toBe(200)
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
  await expect(page.getByText('Accessible version (tagged for screen readers)')).toBeVisible()

  const cover = page.getByRole('img', {name: 'Cover of "Getting Started: A OneCOP Guide for Congregations"'})
  await expect(cover).toBeVisible()
  await cover.scrollIntoViewIfNeeded()
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
})
