/**
 * Journey b: an editor changes funders, from People › Funders: one sample funder moves to another
 * tier, another asks not to be named ("Show on the website" off), a third is unpublished; each
 * change is published. The site built once from the Content Lake lists the first under its new
 * tier's heading, and neither of the other two. (One build for the three: two builds, one after
 * the tier change and one after the rest, took the journey past two minutes on a busy machine.)
 */
import type {Locator, Page} from '@playwright/test'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {FUNDER_TIERS} from '@onecop/content-model'
import {astroBuild} from '../support/astro-build'
import type {ContentLake} from '../support/content-lake/content-lake'
import {expect, test} from './fixtures'
import {expectCanPublish, field, LOADING, picture, pick, publish} from './studio-steps'

/** Supporting in the sample; moved to Major. */
const MOVED = {id: 'funder-neighbors-giving-circle', name: 'Neighbors Giving Circle', from: 'supporting', to: 'major'} as const
/** Shown in the sample; hidden. */
const HIDDEN = {id: 'funder-peachtree-print-works-inkind', name: 'Peachtree Print Works'}
/** Published in the sample; unpublished. */
const UNPUBLISHED = {id: 'funder-southeastern-civic-trust', name: 'Southeastern Civic Trust'}
/** Left alone: still listed at the end. */
const UNTOUCHED = 'Harmon Family Foundation'

const tierTitle = (value: string) => FUNDER_TIERS.find((tier) => tier.value === value)!.title

/**
 * A yes/no (switch) field by its path. Sanity gives these no field test id (as image fields): the
 * switch is the one in the card that holds the field's actions menu.
 */
const switchOf = (page: Page, path: string): Locator =>
  page
    .locator('[data-testid="boolean-input"]')
    .filter({has: page.locator(`[data-testid="field-actions-menu-${path}"]`)})
    .locator('input[type="checkbox"]')

/** Builds the site from the Content Lake; its funders page, as HTML. */
async function builtFundersPage(lake: ContentLake): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), 'onecop-journey-funder-'))
  try {
    const build = await astroBuild(site, {SANITY_PROJECT_ID: lake.projectId, SANITY_API_HOST: lake.httpUrl})
    expect(build.code, build.output).toBe(0)
    return await readFile(join(site, 'funders/index.html'), 'utf8')
  } finally {
    await rm(site, {recursive: true, force: true})
  }
}

/** The funders page's section for each tier, by its heading's id (`tier-major`), as HTML. */
function tierSections(html: string): Map<string, string> {
  const parts = html.split('<section aria-labelledby="tier-').slice(1)
  return new Map(parts.map((part) => [part.slice(0, part.indexOf('"')), part]))
}

test('funders: one moved to another tier, one hidden, one unpublished, and the built funders page follows', async ({studio}) => {
  const {page, lake} = studio
  const row = (id: string) => page.locator(`a[href$=";${id}"]`)
  expect(lake.store.get(MOVED.id)).toMatchObject({tier: MOVED.from, showPublicly: true})
  expect(lake.store.get(HIDDEN.id)?.showPublicly).toBe(true)

  // 1. A new tier: open the funder from the list, pick the tier, publish.
  await studio.open('/structure/people;orderable-funder')
  await row(MOVED.id).click(LOADING)
  await expect(field(page, 'name').locator('input')).toHaveValue(MOVED.name, LOADING)
  await pick(page, 'tier', tierTitle(MOVED.to))
  await expectCanPublish(page)
  await picture(page, 'funder-tier')
  await publish(page, lake)
  expect(lake.store.get(MOVED.id)).toMatchObject({tier: MOVED.to, showPublicly: true})
  await expect(row(MOVED.id)).toContainText(tierTitle(MOVED.to))

  // 2. Hidden: "Show on the website" off, publish. The list marks it hidden.
  await row(HIDDEN.id).click()
  await expect(field(page, 'name').locator('input')).toHaveValue(HIDDEN.name, LOADING)
  await switchOf(page, 'showPublicly').setChecked(false)
  await publish(page, lake)
  expect(lake.store.get(HIDDEN.id)?.showPublicly).toBe(false)
  await expect(row(HIDDEN.id)).toContainText('hidden')
  await picture(page, 'funder-hidden')

  // 3. Unpublished. Sanity offers Unpublish only on the published version: the "Published" chip
  // at the top of the document, then Unpublish where Publish was, then "Unpublish now". The draft
  // stays in the Studio; the "Draft" chip goes back to it.
  await row(UNPUBLISHED.id).click()
  await expect(field(page, 'name').locator('input')).toHaveValue(UNPUBLISHED.name, LOADING)
  const pane = page.locator('[data-testid="document-pane"]').last()
  await pane.getByRole('button', {name: 'Published', exact: true}).click()
  await expect(pane.locator('[data-testid="action-unpublish"]')).toBeEnabled()
  await picture(page, 'funder-unpublish')
  await pane.locator('[data-testid="action-unpublish"]').click()
  await page.getByRole('dialog').getByRole('button', {name: 'Unpublish now'}).click()
  await expect.poll(() => lake.store.get(UNPUBLISHED.id), 'the published version').toBeUndefined()
  expect(lake.store.get(`drafts.${UNPUBLISHED.id}`)?.name, 'the draft left in the Studio').toBe(UNPUBLISHED.name)
  await pane.getByRole('button', {name: 'Draft', exact: true}).click()
  await expect(field(page, 'name').locator('input')).toBeEditable()

  // The site built from the Content Lake: the moved funder under its new tier's heading, not its
  // old one; neither the hidden funder nor the unpublished one; the others as before.
  const html = await builtFundersPage(lake)
  const tiers = tierSections(html)
  expect(tiers.get(MOVED.to), `the "${tierTitle(MOVED.to)}" section`).toContain(MOVED.name)
  expect(tiers.get(MOVED.from), `the "${tierTitle(MOVED.from)}" section`).not.toContain(MOVED.name)
  expect(html, 'the hidden funder').not.toContain(HIDDEN.name)
  expect(html, 'the unpublished funder').not.toContain(UNPUBLISHED.name)
  expect(html).toContain(UNTOUCHED)
})
