/**
 * Journey e: previewing a draft. An editor changes a resource's title without publishing and
 * opens the page that shows it from the document ("Used on one page"): Presentation shows the
 * real page, rendered by the site's previews' function with the draft; the public page still shows
 * the published title.
 */
import {expect, test} from './fixtures'
import {picture, typeInto} from './studio-steps'

test.use({lakeSetup: {role: 'administrator', previews: true}})

const PUBLISHED = 'OneCOP at a Glance'
const DRAFT = 'OneCOP at a Glance (draft for the spring mailing)'

test('Presentation opens a draft on its real page; the public page keeps the published text', async ({studio, previewSite}) => {
  const {page, lake} = studio
  await studio.open('/structure/library;resource;resource-program-one-pager')
  await expect(page.getByText('As it appears on the resource itself.')).toBeVisible({timeout: 45_000})
  await typeInto(page, 'title', DRAFT)
  await expect.poll(() => lake.store.get('drafts.resource-program-one-pager')?.title).toBe(DRAFT)

  // "Used on one page": the page that shows this resource, opened in Presentation.
  await page.getByText('Used on one page').click()
  await page.locator('a[href*="mode=presentation"][href*="program-one-pager"]').first().click()
  await expect(page).toHaveURL(/\/presentation/)
  const preview = page.locator('iframe').first().contentFrame()
  await expect(preview.getByRole('heading', {level: 1})).toHaveText(DRAFT, {timeout: 45_000})
  await picture(page, 'preview-presentation')

  // The public page, from the same server, still shows what is published.
  const html = await (await fetch(`${previewSite!.url}/resources/program-one-pager/`)).text()
  expect(html).toContain(PUBLISHED)
  expect(html).not.toContain(DRAFT)
})
