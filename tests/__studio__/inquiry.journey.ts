/**
 * An inquiry becomes a pairing: an editor opens Inquiries › New, opens a congregation's request
 * from Atlanta (one of the sample's invented inquiries) and sees its possible matches, the Atlanta
 * agency's request first (same city), then Georgia's partnerships. "Start a partnership" offers the
 * agency's request; choosing it makes a draft partnership with both sides, their contacts and their
 * consent as far as their answers reach, marks both inquiries matched, and opens the draft.
 */
import {expect, test} from './fixtures'
import {field, LOADING, picture} from './studio-steps'

const CONGREGATION = {id: 'inquiry.sample-congregation-atlanta', organization: 'West End Fellowship Church (sample)'}
const AGENCY = {id: 'inquiry.sample-agency-atlanta', organization: 'Atlanta Police Department, Zone 1 (sample)'}

test('an inquiry shows its matches, and "Start a partnership" makes a draft pairing with both sides and their consent', async ({
  studio,
}) => {
  const {page, lake} = studio

  // Inquiries › New, newest first: the congregation's request from Atlanta.
  await studio.open('/structure/inquiries;inquiries-new')
  const row = page.locator(`a[href$=";${CONGREGATION.id}"]`)
  await expect(row).toBeVisible(LOADING)
  await row.click()

  // Its possible matches: the agency's request from the same city, then Georgia's partnerships.
  const matches = page.getByTestId('inquiry-matches')
  await expect(matches.getByRole('link', {name: AGENCY.organization})).toBeVisible(LOADING)
  await expect(matches.getByRole('listitem').first()).toContainText('same city (Atlanta)')
  await expect(matches.getByRole('link', {name: /Greater Hope Baptist Church \(sample\)/})).toBeVisible()
  await picture(page, 'inquiry-matches')
  // What they sent, read-only, with each consent question as the form asked it.
  await page.getByRole('tab', {name: 'What they sent'}).click()
  await expect(field(page, 'contactName').locator('input')).toHaveValue('Miriam Okafor (sample)', LOADING)
  await expect(field(page, 'contactName').locator('input')).toHaveAttribute('readonly', '')

  // The document's menu › Start a partnership › the agency's request.
  await page.getByTestId('action-menu-button').click()
  await page.getByRole('menuitem', {name: 'Start a partnership'}).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button', {name: new RegExp(`${AGENCY.organization.replace(/[()]/g, '\\$&')}.*same city`)})).toBeVisible(
    LOADING,
  )
  // The dialog fades in: its picture waits for that.
  await dialog.evaluate((element) => Promise.all(element.getAnimations({subtree: true}).map((animation) => animation.finished)))
  await picture(page, 'inquiry-start-partnership')
  await dialog.getByRole('button', {name: new RegExp(AGENCY.organization.replace(/[()]/g, '\\$&'))}).click()

  // A draft partnership with both sides, their contacts and their consent; both inquiries matched.
  const draftOf = () => lake.store.all().find((doc) => doc._type === 'partnership' && doc._id.startsWith('drafts.') && doc.congregation)
  await expect.poll(() => Boolean(draftOf()), LOADING).toBe(true)
  const draft = draftOf()!
  const id = draft._id.slice('drafts.'.length)
  expect(draft).toMatchObject({
    status: 'forming',
    congregation: {name: CONGREGATION.organization, city: 'Atlanta', state: 'GA'},
    agency: {name: AGENCY.organization, city: 'Atlanta', state: 'GA'},
    congregationConsent: {location: 'city', liaisonNames: true, contactLinks: true, recordedBy: 'Ada Administrator'},
    agencyConsent: {liaisonNames: true, contactLinks: true, recordedBy: 'Ada Administrator'},
    liaisons: [
      {party: 'congregation', name: 'Miriam Okafor (sample)'},
      {party: 'agency', name: 'Lt. Dana Whitfield (sample)'},
    ],
  })
  for (const inquiry of [CONGREGATION, AGENCY])
    expect(lake.store.get(inquiry.id), inquiry.id).toMatchObject({status: 'matched', partnership: {_ref: id}})

  // The draft opens, for the editor to complete (faith tradition, precinct, launch date) and publish.
  await expect(page).toHaveURL(new RegExp(id), LOADING)
  await expect(field(page, 'congregation.name').locator('input')).toHaveValue(CONGREGATION.organization, LOADING)
})
