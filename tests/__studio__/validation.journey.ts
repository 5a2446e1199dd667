/**
 * Journey c: the Studio says no. A new partner that could be published is given, one at a time,
 * a name of only spaces, a `javascript:` website and a logo without alternative text; a sample
 * event is given an end before its start. Each time the content model's shared rule marks the
 * field with its own message, and Publish stays disabled until the value is put right.
 */
import {eventEndProblem, imageAltProblem, linkProblem, textProblem} from '@onecop/content-model'
import {stripedPng} from '../support/png'
import {sentence} from '../../studio/schemaTypes/rules/field-rules'
import {expect, test} from './fixtures'
import {
  choose,
  createFromList,
  expectCannotPublish,
  expectCanPublish,
  expectProblem,
  field,
  generateSlug,
  listReady,
  LOADING,
  picture,
  typeDate,
  typeInto,
  upload,
} from './studio-steps'

const NAME = 'Riverside Faith Coalition'
const SPACES = '   '
const SCRIPT_LINK = 'javascript:alert(1)'

/** The message the Studio shows for a shared rule's problem with `what`; the rule must find one. */
function message(problem: string | undefined, what: string): string {
  expect(problem, `the shared rule finds a problem with ${what}`).toBeTruthy()
  return sentence(problem!)
}

test('the Studio refuses text of only spaces, a javascript: link, a logo without alt text and an event that ends before it starts', async ({
  studio,
}) => {
  const {page, lake} = studio

  // A new partner with everything it needs: it could be published.
  await studio.open('/structure/people;orderable-partner')
  await listReady(page, "National Sheriffs' Association")
  await createFromList(page, 'Partner')
  await typeInto(page, 'name', NAME)
  await generateSlug(page, 'riverside-faith-coalition')
  await choose(page, 'category', 'Faith organization')
  await typeInto(page, 'description', 'Congregations along the river that meet their precinct every month.')
  await expectCanPublish(page)

  // 1. A name of only spaces.
  await typeInto(page, 'name', SPACES)
  const onlySpaces = message(textProblem(SPACES), 'a name of only spaces')
  await expectProblem(page, 'name', onlySpaces)
  await picture(page, 'problem-spaces')
  await expectCannotPublish(page)
  // The document's Validation list (the red mark at its top) names the field and says the same.
  await page.getByRole('button', {name: 'Validation', exact: true}).click()
  const item = page.getByRole('button').filter({hasText: onlySpaces})
  await expect(item).toBeVisible()
  await expect(item).toContainText('Name')
  await picture(page, 'problem-list')
  await page.getByRole('button', {name: 'Close validation'}).click()
  await typeInto(page, 'name', NAME)
  await expectCanPublish(page)

  // 2. A website that would run a script instead of opening a page.
  await typeInto(page, 'website', SCRIPT_LINK)
  await expectProblem(page, 'website', message(linkProblem(SCRIPT_LINK), SCRIPT_LINK))
  await expectCannotPublish(page)
  await typeInto(page, 'website', 'https://example.org/riverside-faith-coalition')
  await expectCanPublish(page)

  // 3. A logo uploaded without its alternative text.
  await upload(page, 'logo', {name: 'riverside.png', mimeType: 'image/png', buffer: stripedPng(240, 120, [20, 90, 60], [250, 250, 240])})
  await expectProblem(page, 'logo.alt', message(imageAltProblem({hasAsset: true, alt: undefined}), 'an image without alt text'))
  await picture(page, 'problem-alt-text')
  await expectCannotPublish(page)
  await typeInto(page, 'logo.alt', 'Logo of the Riverside Faith Coalition, green and white stripes')
  await expectCanPublish(page)

  // Nothing was published along the way: every try stayed a draft.
  expect(lake.store.all().filter((doc) => doc._type === 'partner' && doc.name === NAME && !doc._id.startsWith('drafts.'))).toEqual([])

  // 4. An event that ends the day before it starts (a day, whatever the time zone the Studio shows).
  const eventId = 'event-westside-safety-briefing-dec'
  const start = String(lake.store.get(eventId)?.start)
  expect(start).toBe('2026-12-10T23:30:00Z')
  await studio.open(`/structure/calendar;events-upcoming;${eventId}`)
  await expect(field(page, 'end').locator('input').first()).not.toHaveValue('', LOADING)
  await typeDate(page, 'end', '2026-12-09 12:00')
  await expect.poll(() => lake.store.get(`drafts.${eventId}`)?.end).toMatch(/^2026-12-09T/)
  const end = String(lake.store.get(`drafts.${eventId}`)?.end)
  await expectProblem(page, 'end', message(eventEndProblem({start, end}), 'an end before the start'))
  await expectCannotPublish(page)
  await typeDate(page, 'end', '2026-12-12 12:00')
  await expectCanPublish(page)
  expect(lake.store.get(eventId)?.end, 'the published event is unchanged').toBe('2026-12-11T01:00:00Z')
})
