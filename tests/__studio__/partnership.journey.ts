/**
 * Journey g: an editor adds a partnership, with the congregation's consent. A new pairing with
 * the congregation's street address typed but no consent on record cannot be published: the
 * shared rule says why, on the consent and on the address. Once the consent is recorded as "city
 * and state" (who asked, and when), it publishes; the site built from the Content Lake shows the
 * pairing with its city, and the street address on no page, feed, script or search file.
 * Law enforcement's consent, its switches left off, allows nothing and needs no record.
 */
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {congregationConsentProblem, streetAddressProblem} from '@onecop/content-model'
import {astroBuild} from '../support/astro-build'
import {builtTexts, filesWith} from '../support/built-files'
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
  LOADING,
  pick,
  picture,
  publish,
  typeDate,
  typeInto,
} from './studio-steps'

const CONGREGATION = 'Oak Street Fellowship of Decatur'
const SLUG = 'oak-street-fellowship-of-decatur'
/** The street address, with a word found nowhere else, to look for in the built site. */
const STREET_WORD = 'Zqjourneystreetxq'
const STREET = `4471 ${STREET_WORD} Road`

test('a partnership: refused without consent, published with "city and state", and its street address on no built page', async ({
  studio,
}) => {
  const {page, lake} = studio

  // Partnerships › All partnerships › +: the pairing, with the congregation's street address.
  await studio.open('/structure/partnerships;partnership')
  // The list, and its "+" (enabled once the Studio knows the editor may create partnerships).
  await expect(page.getByText('Greater Hope Baptist Church (sample)').first()).toBeVisible(LOADING)
  await expect(page.locator('a[data-testid="action-intent-button"][aria-label="Partnership"]')).toBeEnabled(LOADING)
  await createFromList(page, 'Partnership', 'congregation.name')
  await typeInto(page, 'congregation.name', CONGREGATION)
  await choose(page, 'congregation.faithTradition', 'Interfaith')
  await typeInto(page, 'congregation.city', 'Decatur')
  await choose(page, 'congregation.state', 'Georgia (GA)')
  await typeInto(page, 'congregation.streetAddress', STREET)
  await typeInto(page, 'congregation.postalCode', '30030')
  await typeInto(page, 'agency.name', 'Decatur Police Department')
  await typeInto(page, 'agency.unit', 'North Precinct')
  await typeInto(page, 'agency.city', 'Decatur')
  await choose(page, 'agency.state', 'Georgia (GA)')
  await typeDate(page, 'launched', '2026-11-15')
  // The web address is on the Pairing tab, under the names it is made from.
  await generateSlug(page, SLUG)

  // 1. No consent on record: the address and the consent say so, and Publish stays disabled.
  await expectProblem(page, 'congregation.streetAddress', sentence(streetAddressProblem(STREET, undefined)!))
  await page.getByRole('tab', {name: 'Consent'}).click()
  await expectProblem(page, 'congregationConsent.location', sentence(congregationConsentProblem(undefined)!))
  await picture(page, 'partnership-no-consent')
  await expectCannotPublish(page)

  // 2. The consent as the congregation gave it: city and state only; who asked, and when.
  await pick(page, 'congregationConsent.location', 'City and state')
  await typeInto(page, 'congregationConsent.recordedBy', 'Program staff, by phone with the pastor')
  await typeDate(page, 'congregationConsent.recordedAt', '2026-11-10')
  // Law enforcement's consent starts with its switches off: it allows nothing, so with no
  // liaisons it needs no record, and the partnership can be published without one.
  await expect(field(page, 'agencyConsent.recordedBy').locator('[data-testid="input-validation-icon-error"]')).toHaveCount(0)
  await expectCanPublish(page)
  await field(page, 'congregationConsent.location').scrollIntoViewIfNeeded()
  await page.mouse.move(0, 0)
  await picture(page, 'partnership-consent')
  const id = await publish(page, lake)
  expect(lake.store.get(id)).toMatchObject({
    congregation: {name: CONGREGATION, streetAddress: STREET, city: 'Decatur', state: 'GA'},
    congregationConsent: {location: 'city'},
    agencyConsent: {liaisonNames: false, contactLinks: false},
  })
  expect(lake.store.get(id)!.agencyConsent).not.toHaveProperty('recordedBy')

  // The site built from the Content Lake: the pairing and its city, its street address nowhere.
  const site = await mkdtemp(join(tmpdir(), 'onecop-journey-partnership-'))
  try {
    const build = await astroBuild(site, {SANITY_PROJECT_ID: lake.projectId, SANITY_API_HOST: lake.httpUrl})
    expect(build.code, build.output).toBe(0)
    const html = await readFile(join(site, `partnerships/ga/${SLUG}/index.html`), 'utf8')
    expect(html).toContain(CONGREGATION)
    expect(html).toContain('Decatur')
    // Every file of the build, as bytes and (Pagefind's gzipped index) unzipped, in any case.
    const word = STREET_WORD.toLowerCase()
    const everyFile = (await readdir(site, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile())
    const raw = await Promise.all(
      everyFile.map(async (entry) => ({
        path: join(entry.parentPath, entry.name).slice(site.length + 1),
        text: (await readFile(join(entry.parentPath, entry.name))).toString('latin1').toLowerCase(),
      })),
    )
    expect(raw.length, 'the build made files').toBeGreaterThan(100)
    expect(filesWith(raw, word), 'files with the street address').toEqual([])
    const texts = (await builtTexts(site)).map(({path, text}) => ({path, text: text.toLowerCase()}))
    expect(filesWith(texts, word), 'pages, feeds and search files with the street address').toEqual([])
  } finally {
    await rm(site, {recursive: true, force: true})
  }
})
