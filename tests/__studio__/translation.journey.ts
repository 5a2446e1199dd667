/**
 * Journey f: an editor translates a pillar into Spanish. The sample is changed first so that
 * pillars 5 and 6 have never been translated (their Spanish documents and their translation links
 * removed). From pillar 6 in Program › Pillars the editor opens the Translations menu and creates
 * the Spanish version (a copy of the English, opened beside it), writes the Spanish name and
 * summary, keeps the English web address and publishes. Pillar 6 leaves "Missing Spanish translation"
 * (pillar 5 is still there), and the site built from the Content Lake shows the Spanish text on
 * /es/pillars/<the English address>/.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {astroBuild} from '../support/astro-build'
import type {LakeDocument} from '../support/content-lake/lake-store'
import {expect, test} from './fixtures'
import {expectCanPublish, field, LOADING, picture, publish} from './studio-steps'

const ENGLISH = {id: 'pillar-6', name: 'Officer Wellness & Safety', slug: 'officer-wellness-and-safety'}
const SPANISH_NAME = 'Bienestar y seguridad de los agentes'
const SPANISH_SUMMARY =
  'Los agentes sanos de cuerpo y mente sirven mejor a sus comunidades: apoyo en salud mental, equipo de seguridad y mejores datos.'
/** Stays untranslated: the list it leaves is not simply empty. */
const STILL_MISSING = 'pillar-5'

/** Removes a pillar's Spanish version and its translation links (a `translation.metadata` document) from the dataset. */
function withoutSpanish(documents: LakeDocument[], englishId: string) {
  for (const id of [`${englishId}-es`, `translation-metadata-${englishId}`]) {
    const at = documents.findIndex((doc) => doc._id === id)
    if (at < 0) throw new Error(`the sample has no ${id}`)
    documents.splice(at, 1)
  }
}

test.use({
  lakeSetup: {
    role: 'administrator',
    prepare: (documents) => {
      withoutSpanish(documents, ENGLISH.id)
      withoutSpanish(documents, STILL_MISSING)
    },
  },
})

type TranslationLink = {language: string; value: {_ref: string}}

/** The Spanish version the translation menu linked to pillar 6, if any. */
function spanishIdOf(documents: LakeDocument[]): string | undefined {
  const links = documents
    .filter((doc) => doc._type === 'translation.metadata' && !doc._id.startsWith('drafts.'))
    .map((doc) => doc.translations as TranslationLink[])
    .find((translations) => translations.some((link) => link.value._ref === ENGLISH.id))
  return links?.find((link) => link.language === 'es')?.value._ref
}

test('a pillar translated into Spanish from the Translations menu, published, and on the built Spanish page', async ({studio}) => {
  const {page, lake} = studio
  const missingList = '/structure/missing-es;missing-es-pillar'
  const row = (id: string) => page.locator(`a[href$=";${id}"]`)

  // Missing Spanish translation › Pillars lists pillars 5 and 6.
  await studio.open(missingList)
  await expect(row(STILL_MISSING)).toBeVisible(LOADING)
  await expect(row(ENGLISH.id)).toBeVisible()

  // Program › Pillars › pillar 6, in English: Translations › Español makes the Spanish version.
  await studio.open(`/structure/program;pillar;${ENGLISH.id}`)
  await expect(field(page, 'name').locator('input')).toHaveValue(ENGLISH.name, LOADING)
  const translations = page.locator('[data-testid="document-internationalization-menu"]')
  const spanish = page.getByRole('button', {name: /Español/})
  await translations.click()
  await expect(spanish).toBeEnabled()
  await picture(page, 'translation-menu')
  await spanish.click()
  await expect.poll(() => spanishIdOf(lake.store.all()), 'the Spanish version linked to pillar 6').toBeTruthy()
  const spanishId = spanishIdOf(lake.store.all())!
  expect(lake.store.get(`drafts.${spanishId}`), 'a draft copy of the English, in Spanish').toMatchObject({
    _type: 'pillar',
    language: 'es',
    number: 6,
    name: ENGLISH.name,
  })

  // The same menu now opens it (its icon says so), beside the English.
  if (!(await spanish.isVisible())) await translations.click()
  await expect(spanish.locator('[data-sanity-icon="split-vertical"]'), 'Español opens the translation now').toBeVisible()
  await spanish.click()
  const pane = page.locator('[data-testid="document-pane"]').last()
  await expect(pane.locator('[data-testid="field-name"] input')).toHaveValue(ENGLISH.name, LOADING)
  await expect(page).toHaveURL(new RegExp(`;${spanishId}`))

  // Write the Spanish name and summary over the English copy. The copy keeps the English web
  // address, which the Spanish site uses too, and the Studio finds nothing wrong with it: it is
  // unique among the Spanish pillars. The copy's summary may reach the form after its name:
  // writing over it before it arrives would leave the English appended to the Spanish.
  const summary = pane.locator('[data-testid="field-summary"] textarea')
  await expect(summary).toHaveValue(String(lake.store.get(ENGLISH.id)?.summary), LOADING)
  await pane.locator('[data-testid="field-name"] input').fill(SPANISH_NAME)
  await summary.fill(SPANISH_SUMMARY)
  await expect(summary).toHaveValue(SPANISH_SUMMARY)
  // Once the Studio has asked whether the address is free, nothing marks it and Publish stays
  // enabled (checked twice, a second apart). Sanity's own check, which ignores languages, marks
  // it "already in use" there and disables Publish.
  const slug = pane.locator('[data-testid="field-slug"]')
  await expect(slug.locator('input')).toHaveValue(ENGLISH.slug)
  const askedIfFree = () => lake.requests.some((line) => line.includes('slug.current') && line.includes(spanishId) && line.endsWith(' 200'))
  await expect.poll(askedIfFree, {message: 'the uniqueness lookup of the web address', ...LOADING}).toBe(true)
  for (let check = 0; check < 2; check++) {
    await expect(slug.locator('[data-testid^="input-validation-icon"]'), 'nothing marked beside the web address').toHaveCount(0)
    await expectCanPublish(page, pane)
    await page.waitForTimeout(1_000)
  }
  // Its picture: the Translations menu closed (a click in the form), the web address in view.
  await pane.locator('[data-testid="field-name"] input').click()
  await expect(spanish).toBeHidden()
  await slug.scrollIntoViewIfNeeded()
  await picture(page, 'translation-side-by-side')
  await publish(page, lake, pane)
  expect(lake.store.get(spanishId)).toMatchObject({
    language: 'es',
    name: SPANISH_NAME,
    summary: SPANISH_SUMMARY,
    slug: {current: ENGLISH.slug},
  })
  expect(lake.store.get(ENGLISH.id)?.name, 'the English is untouched').toBe(ENGLISH.name)

  // Missing Spanish translation › Pillars: pillar 5 only.
  await studio.open(missingList)
  await expect(row(STILL_MISSING)).toBeVisible(LOADING)
  await expect(row(ENGLISH.id)).toHaveCount(0)
  await picture(page, 'translation-missing-list')

  // The Spanish edition built from the Content Lake shows the Spanish text; the English page keeps the English.
  const site = await mkdtemp(join(tmpdir(), 'onecop-journey-translation-'))
  try {
    const build = await astroBuild(site, {SANITY_PROJECT_ID: lake.projectId, SANITY_API_HOST: lake.httpUrl})
    expect(build.code, build.output).toBe(0)
    const es = await readFile(join(site, `es/pillars/${ENGLISH.slug}/index.html`), 'utf8')
    expect(es).toMatch(/<html[^>]*lang="es"/)
    expect(es).toContain(SPANISH_NAME)
    expect(es).toContain(SPANISH_SUMMARY)
    expect(es).not.toContain(ENGLISH.name.replace('&', '&amp;'))
    const en = await readFile(join(site, `pillars/${ENGLISH.slug}/index.html`), 'utf8')
    expect(en).toContain(ENGLISH.name.replace('&', '&amp;'))
    expect(en).not.toContain(SPANISH_NAME)
  } finally {
    await rm(site, {recursive: true, force: true})
  }
})
