import {test, expect} from './fixtures'

test('the search page finds a resource by a word from its summary', async ({page}) => {
  await page.goto('/search/')
  const box = page.getByRole('search', {name: 'Search page'}).getByRole('searchbox')
  // The island may hydrate after the first keystrokes: retry until the results show.
  await expect(async () => {
    await box.fill('')
    await box.fill('chaplains')
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “chaplains”\.$/, {timeout: 2_000})
  }).toPass({timeout: 15_000})
  const result = page.getByRole('link', {name: 'Caring for Those Who Serve: Officer Wellness Conversation Guide'})
  await expect(result).toBeVisible()
  await result.click()
  await expect(page).toHaveURL(/\/resources\/officer-wellness-conversation\/$/)
})

test('a search with no match says so', async ({page}) => {
  await page.goto('/search/?q=zeppelin')
  await expect(page.getByRole('status')).toHaveText('No results for “zeppelin”.')
})
