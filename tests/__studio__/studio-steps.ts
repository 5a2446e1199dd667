/**
 * What an editor does in the Studio, as steps the journeys share: open a list, create a document,
 * type into a field, choose from a list, publish. Fields are found the way Sanity marks them
 * (`data-testid="field-<path>"`), buttons by their names. `picture` saves a screenshot for the
 * editors' guide when the journeys run as `npm run docs:screenshots`, and does nothing otherwise.
 */
import {mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Locator, Page} from '@playwright/test'
import type {ContentLake} from '../support/content-lake/content-lake'
import {expect} from './fixtures'

/** Where the editors' guide keeps its pictures. */
const PICTURES = fileURLToPath(new URL('../../docs/images/editors/', import.meta.url))

/** A field of the open document, by its path (`name`, `logo.alt`, `congregation.consent`). */
export const field = (page: Page, path: string): Locator => page.locator(`[data-testid="field-${path}"]`).first()

/** Types `text` into a text field, replacing what it held. */
export async function typeInto(page: Page, path: string, text: string): Promise<void> {
  // Sanity gives a text input its field's path as id; inside objects, the field's test id marks it.
  const input = page.locator(`:is(input, textarea)[id="${path}"], [data-testid="field-${path}"] :is(input, textarea)`).first()
  await input.fill(text)
}

/** Chooses an option of a dropdown field by its title. */
export async function choose(page: Page, path: string, title: string): Promise<void> {
  await field(page, path).locator('select').first().selectOption({label: title})
}

/**
 * An image or file field by its path. Sanity marks these by their actions menu, not a field test
 * id: the field is the innermost element that holds both the menu and the upload input.
 */
const assetField = (page: Page, path: string): Locator =>
  page
    .locator('fieldset, div')
    .filter({has: page.locator(`[data-testid="field-actions-menu-${path}"]`)})
    .filter({has: page.locator('input[data-testid="file-button-input"], [data-testid="image-input"]')})
    .last()

/** Uploads a file into an image or file field, as picking one after Upload does, and waits for its preview. */
export async function upload(page: Page, path: string, file: {name: string; mimeType: string; buffer: Buffer}): Promise<void> {
  await assetField(page, path).locator('input[data-testid="file-button-input"]').setInputFiles(file)
  await expect(assetField(page, path).locator('img').first()).toBeVisible()
}

/**
 * Creates a document from the "+" of the list pane that is open, and waits for its form: for its
 * `firstField` (a path), or its name or title field.
 */
export async function createFromList(page: Page, listTitle: string | RegExp, firstField?: string): Promise<void> {
  const pane = page
    .locator('[data-testid="structure-tool-list-pane"], [data-ui="DocumentListPane"], [data-ui="Pane"]')
    .filter({hasText: listTitle})
    .last()
  await pane.locator('a[data-testid="action-intent-button"]').first().click()
  const form = firstField ? field(page, firstField) : page.locator('[data-testid="field-name"], [data-testid="field-title"]').first()
  // A new document's form may take a while to appear on a busy machine.
  await expect(form).toBeVisible(LOADING)
}

/**
 * Waits for the open list to show `known` and its "+" to be enabled: the Studio enables it once it
 * knows what the editor may create, which can take a while on a busy machine.
 */
export async function listReady(page: Page, known: string): Promise<void> {
  await expect(page.getByText(known).first()).toBeVisible({timeout: 45_000})
  await expect(page.locator('a[data-testid="action-intent-button"]').last()).toBeEnabled({timeout: 45_000})
}

/** Presses Generate beside the web address and expects the address it makes from the title. */
export async function generateSlug(page: Page, expected: string): Promise<void> {
  await field(page, 'slug').getByRole('button', {name: 'Generate'}).click()
  await expect(field(page, 'slug').locator('input')).toHaveValue(expected)
}

/** Ticks an option of a checkbox-grid field (an array of strings from a list) by its title. */
export async function tick(page: Page, path: string, title: string): Promise<void> {
  await field(page, path).locator('label').filter({hasText: title}).locator('input[type="checkbox"]').check()
}

/**
 * Searches a reference input inside the field at `path` for `title` and picks the match. Adds an
 * item first when the field is a list of references (Add item).
 */
export async function referTo(page: Page, path: string, title: string): Promise<void> {
  const addItem = field(page, path).locator('[data-testid="add-single-object-button"]')
  if (await addItem.isVisible()) await addItem.click()
  // The search box is the reference's input, its id the field's path (`pillars[_key=="…"]` in a list).
  const search = page.locator(`input[data-testid="autocomplete"][id^="${path}"]`)
  await search.last().fill(title)
  await page.locator('[role="option"]').filter({hasText: title}).first().click()
  await expect(search, `${path}: the search gives way to the chosen "${title}"`).toHaveCount(0)
}

/** Types into the version of a field translated in place (`title`, `summary`) in `language`, e.g. "English". */
export async function typeInLanguage(page: Page, path: string, language: string, text: string): Promise<void> {
  const version = field(page, path).locator(`[data-testid^="field-${path}[_key=="]`).filter({hasText: language}).first()
  await version.locator('input, textarea').first().fill(text)
}

/** The document's Publish button. */
const publishButton = (scope: Page | Locator): Locator => scope.locator('[data-testid="action-publish"]').first()

/** The id of the document open in the last pane, from the Studio's address (`...;<id>,template=...`). */
function openDocumentId(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname).split(';').at(-1)!.split(',')[0]
}

/**
 * Presses Publish once the Studio allows it, and waits until the Content Lake holds the published
 * document and no draft. The Studio may disable the button for a moment while it checks the
 * form again, so a press that changed nothing is made again. With two documents open side by
 * side, `pane` is the one to publish (the last one, whose id the address ends with).
 */
export async function publish(page: Page, lake: ContentLake, pane: Page | Locator = page): Promise<string> {
  const id = openDocumentId(page)
  await expect(async () => {
    await expect(publishButton(pane)).toBeEnabled({timeout: 2_000})
    await publishButton(pane).click()
    await expect.poll(() => Boolean(lake.store.get(id) && !lake.store.get(`drafts.${id}`)), {timeout: 5_000}).toBe(true)
  }).toPass({timeout: 30_000})
  return id
}

/** Saves a screenshot for docs/editors.md when ONECOP_SCREENSHOTS is set (`npm run docs:screenshots`). */
export async function picture(page: Page, name: string): Promise<void> {
  if (!process.env.ONECOP_SCREENSHOTS) return
  mkdirSync(PICTURES, {recursive: true})
  await page.screenshot({path: `${PICTURES}${name}.png`})
}

/** Picks an option of a radio-button field by its title. */
export async function pick(page: Page, path: string, title: string): Promise<void> {
  await field(page, path).getByRole('radio', {name: title, exact: true}).check()
}

/**
 * Expects the field at `path` to be marked with an error whose message (shown when the editor
 * points at the field's red mark) includes `message`.
 */
export async function expectProblem(page: Page, path: string, message: string): Promise<void> {
  const mark = field(page, path).locator('[data-testid="input-validation-icon-error"]').first()
  await expect(mark, `the red mark on ${path}`).toBeVisible()
  await expect(async () => {
    await mark.hover()
    await expect(page.locator('[data-ui="Tooltip"]').filter({hasText: message, visible: true})).toHaveCount(1, {timeout: 2_000})
  }, `the message on ${path}: "${message}"`).toPass({timeout: 20_000})
}

/** Expects the document's Publish button to stay disabled (checked twice, a second apart, after validation settles). */
export async function expectCannotPublish(page: Page): Promise<void> {
  await expect(publishButton(page)).toBeVisible()
  for (let check = 0; check < 2; check++) {
    await expect(publishButton(page)).toBeDisabled()
    await page.waitForTimeout(1_000)
  }
}

/** Expects the document's Publish button (in `pane`, when several are open) to be enabled: nothing stops the document being published. */
export async function expectCanPublish(page: Page, pane: Page | Locator = page): Promise<void> {
  await expect(publishButton(pane)).toBeEnabled()
}

/** Types a date (`2026-12-09`) or a date and time (`2026-12-09 12:00`) into a date field, as the field shows them, and leaves the field. */
export async function typeDate(page: Page, path: string, text: string): Promise<void> {
  const input = field(page, path).locator('input').first()
  await input.fill(text)
  await input.press('Tab')
}

/**
 * How long the Studio may take to show a list or a document just opened: its first load after
 * an address is opened (`studio.open`) or a list row is clicked can be slow on a busy machine.
 */
export const LOADING = {timeout: 60_000}
