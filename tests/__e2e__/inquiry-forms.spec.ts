/**
 * Visitors' requests reach editors: each form of the built site, filled in and sent in a browser,
 * is taken as Netlify takes it (`serve-like-netlify.ts`: posts of forms not in the built HTML and
 * posts whose honeypot is filled are dropped), handed to the `submission-created` function, and
 * arrives in the local Content Lake as one private inquiry with its fields and consent answers.
 */
import {INQUIRY_CONSENT_QUESTIONS} from '@onecop/content-model'
import {sampleDocuments} from '../support/sample-dataset'
import {startContentLake, type ContentLake} from '../support/content-lake/content-lake'
import type {LakeDocument} from '../support/content-lake/lake-store'
import {startSiteServer, type SiteServer} from '../support/site-server'
import {expect, test as pageTest} from './fixtures'

const test = pageTest.extend<object, {site: {lake: ContentLake; server: SiteServer}}>({
  site: [
    async ({}, use) => {
      const lake = await startContentLake({documents: (await sampleDocuments()) as LakeDocument[]})
      const server = await startSiteServer('dist', {
        SANITY_PROJECT_ID: lake.projectId,
        SANITY_DATASET: lake.dataset,
        SANITY_API_HOST: lake.httpUrl,
        SANITY_API_WRITE_TOKEN: 'sk-local-write-token',
      })
      await use({lake, server})
      await server.stop()
      await lake.close()
    },
    {scope: 'worker'},
  ],
  baseURL: async ({site}, use) => use(site.server.url),
})

/** One form's tests at a time: each counts the inquiries the Content Lake holds. */
test.describe.configure({mode: 'serial'})

const inquiries = (lake: ContentLake) => lake.store.all().filter((doc) => doc._type === 'inquiry')

/** The inquiry that arrives after `send`, once the function has written it. */
async function arrival(lake: ContentLake, send: () => Promise<void>) {
  const before = new Set(inquiries(lake).map((doc) => doc._id))
  await send()
  await expect.poll(() => inquiries(lake).filter((doc) => !before.has(doc._id)).length, {timeout: 15_000}).toBe(1)
  return inquiries(lake).find((doc) => !before.has(doc._id))!
}

test('a congregation’s request, with its consent answers word for word', async ({page, site}) => {
  await page.goto('/get-involved/')
  const form = page.locator('form[name="congregation-partnership"]')
  const inquiry = await arrival(site.lake, async () => {
    await form.getByLabel('Your name (required)').fill('Ruth Example')
    await form.getByLabel('Email (required)').fill('ruth@example.org')
    await form.getByLabel('Congregation name (required)').fill('Example Street <b>Chapel</b>')
    await form.getByLabel('Your role').fill('Pastor')
    await form.getByLabel('City (required)').fill('Macon')
    await form.getByLabel('State (required)').selectOption('GA')
    await form.getByLabel('Anything we should know').fill('<script>alert(1)</script> We meet on Sundays.')
    await form.getByRole('group', {name: INQUIRY_CONSENT_QUESTIONS.shareContact.en}).getByLabel('Yes').check()
    await form.getByRole('button', {name: 'Send'}).click()
    await expect(page.getByRole('heading', {level: 1, name: 'Thank you'})).toBeVisible()
  })
  expect(inquiry).toMatchObject({
    kind: 'congregation',
    contactName: 'Ruth Example',
    email: 'ruth@example.org',
    organization: 'Example Street <b>Chapel</b>',
    role: 'Pastor',
    city: 'Macon',
    state: 'GA',
    message: '<script>alert(1)</script> We meet on Sundays.',
    language: 'en',
    status: 'new',
    consent: {shareContact: {question: INQUIRY_CONSENT_QUESTIONS.shareContact.en, answer: 'yes'}},
  })
  expect(inquiry._id).toMatch(/^inquiry\./)
  // The question left unanswered is not recorded: it stays withheld until an editor asks.
  expect((inquiry.consent as object | undefined) ?? {}).not.toHaveProperty('listInDirectory')
})

test('an agency’s request from the Spanish edition keeps the Spanish questions', async ({page, site}) => {
  await page.goto('/es/get-involved/')
  const form = page.locator('form[name="agency-partnership"]')
  const inquiry = await arrival(site.lake, async () => {
    await form.getByLabel('Su nombre (obligatorio)').fill('Ana Ejemplo')
    await form.getByLabel('Correo electrónico (obligatorio)').fill('ana@example.org')
    await form.getByLabel('Nombre de la agencia (obligatorio)').fill('Distrito 5')
    await form.getByLabel('Ciudad (obligatorio)').fill('San Juan')
    await form.getByLabel('Estado (obligatorio)').selectOption('PR')
    await form.getByRole('group', {name: INQUIRY_CONSENT_QUESTIONS.shareContact.es}).getByLabel('No').check()
    await form.getByRole('group', {name: INQUIRY_CONSENT_QUESTIONS.listInDirectory.es}).getByLabel('Sí').check()
    await form.getByRole('button', {name: 'Enviar'}).click()
    await expect(page).toHaveURL(/\/es\/get-involved\/thank-you\/$/)
  })
  expect(inquiry).toMatchObject({
    kind: 'agency',
    organization: 'Distrito 5',
    state: 'PR',
    language: 'es',
    consent: {
      shareContact: {question: INQUIRY_CONSENT_QUESTIONS.shareContact.es, answer: 'no'},
      listInDirectory: {question: INQUIRY_CONSENT_QUESTIONS.listInDirectory.es, answer: 'yes'},
    },
  })
})

test('“Need this in another format?” on a resource with a file asks for that resource', async ({page, site}) => {
  const resource = site.lake.store
    .all()
    .find((doc) => doc._type === 'resource' && (doc.file as {asset?: unknown} | undefined)?.asset && !doc._id.includes('.'))!
  await page.goto(`/resources/${(resource.slug as {current: string}).current}/`)
  const form = page.locator('form[name="another-format"]')
  await expect(page.getByRole('heading', {name: 'Need this in another format?'})).toBeVisible()
  const inquiry = await arrival(site.lake, async () => {
    await form.getByLabel('Format you need (required)').selectOption('large-print')
    await form.getByLabel('Your name (required)').fill('Lee Reader')
    await form.getByLabel('Email (required)').fill('lee@example.org')
    await form.getByRole('button', {name: 'Ask for this format'}).click()
    await expect(page.getByRole('heading', {level: 1, name: 'Thank you'})).toBeVisible()
  })
  expect(inquiry).toMatchObject({
    kind: 'format',
    format: 'large-print',
    resource: {_ref: resource._id, _weak: true},
    contactName: 'Lee Reader',
  })
})

test('a post whose honeypot is filled, and a form the site does not have, make no inquiry', async ({page, site}) => {
  const before = inquiries(site.lake).length
  await page.goto('/get-involved/')
  const form = page.locator('form[name="congregation-partnership"]')
  await form.getByLabel('Your name (required)').fill('Robot')
  await form.getByLabel('Email (required)').fill('robot@example.org')
  await form.getByLabel('Congregation name (required)').fill('Spam')
  await form.getByLabel('City (required)').fill('Macon')
  await form.getByLabel('State (required)').selectOption('GA')
  await form.locator('input[name="bot-field"]').evaluate((input: HTMLInputElement) => (input.value = 'https://spam.example'))
  await form.getByRole('button', {name: 'Send'}).click()
  // Netlify shows spam the thank-you page too, and keeps nothing.
  await expect(page.getByRole('heading', {level: 1, name: 'Thank you'})).toBeVisible()
  const unknown = await page.request.post('/get-involved/thank-you/', {
    form: {'form-name': 'newsletter', name: 'x', email: 'x@example.org'},
  })
  expect(unknown.status()).toBe(404)
  // An event function has no address a visitor can post to.
  const direct = await page.request.post('/.netlify/functions/submission-created', {data: {payload: {id: 'forged'}}})
  expect(direct.status()).toBe(404)
  await page.waitForTimeout(1000)
  expect(inquiries(site.lake)).toHaveLength(before)
})
