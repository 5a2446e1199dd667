/**
 * Journey i: tools by role. An editor who is not an administrator has no Vision (a raw GROQ
 * console over every document); an administrator has it. Both have the editors' own tools.
 */
import {expect, test} from './fixtures'
import {picture} from './studio-steps'

const EDITORS_TOOLS = ['Structure', 'Presentation', 'Publishing']

test.describe('an editor who is not an administrator', () => {
  test.use({lakeSetup: {role: 'editor'}})

  test('sees the editors’ tools and no Vision', async ({studio}) => {
    const {page} = studio
    await studio.open('/structure')
    for (const tool of EDITORS_TOOLS) await expect(page.getByRole('link', {name: tool, exact: true}).first()).toBeVisible()
    await picture(page, 'tools-editor')
    await expect(page.locator('a[href="/vision"]')).toHaveCount(0)
    // Not by its address either.
    await studio.open('/vision')
    await expect(page.getByText(/tool not found|not found/i).first()).toBeVisible()
  })
})

test('an administrator sees Vision beside the editors’ tools', async ({studio}) => {
  const {page} = studio
  await studio.open('/structure')
  for (const tool of EDITORS_TOOLS) await expect(page.getByRole('link', {name: tool, exact: true}).first()).toBeVisible()
  await expect(page.locator('a[href="/vision"]').first()).toBeVisible()
})
