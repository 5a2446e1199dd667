import {test, expect} from './fixtures'

test('keyboard: the first Tab reaches the skip link, which moves focus to the main content', async ({page}) => {
  await page.goto('/resources/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', {name: 'Skip to main content'})
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await page.keyboard.press('Tab')
  // The next stop is inside the main content, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
})

test('keyboard: every interactive element on the home page shows a visible focus ring', async ({page}) => {
  await page.goto('/')
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      return {tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle}
    })
    expect(outline.style, `${outline.tag} #${i}`).not.toBe('none')
    expect(outline.width, `${outline.tag} #${i}`).toBeGreaterThanOrEqual(2)
  }
})

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  test('a Get involved form will not send with a required field empty, and says which', async ({page}) => {
    await page.goto('/get-involved/')
    const form = page.locator('form[name="congregation-partnership"]')
    await form.getByLabel('Your name (required)').fill('Ada Pastor')
    await form.getByRole('button', {name: 'Send'}).click()
    await expect(page).toHaveURL(/\/get-involved\/$/)
    const email = form.getByLabel('Email (required)')
    expect(await email.evaluate((input: HTMLInputElement) => input.validationMessage)).not.toBe('')
    await expect(email).toBeFocused()
  })

  test('the header search form sends the query to the search page', async ({page}) => {
    await page.goto('/partners/')
    await page.getByRole('searchbox', {name: 'Search the site'}).first().fill('toolkit')
    await page.getByRole('button', {name: 'Search'}).first().click()
    await expect(page).toHaveURL(/\/search\/\?q=toolkit$/)
  })
})

test('at 320 px no page template scrolls sideways', async ({page}) => {
  await page.setViewportSize({width: 320, height: 800})
  for (const path of [
    '/',
    '/about/',
    '/pillars/training-and-education/',
    '/partners/',
    '/funders/',
    '/resources/',
    '/resources/final-report-task-force/',
    '/events/',
    '/events/wellness-day-mar/',
    '/get-involved/',
    '/search/',
  ]) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
