/**
 * The `submission-created` function, imported as Netlify loads it, with Netlify Forms here
 * (`scripts/netlify-forms.ts`: the submissions and the API that confirms them) and the local
 * Content Lake, written through the real `@sanity/client`. One submission makes one private
 * inquiry however often it is delivered; forged, hostile and malformed events make none and never
 * make the function throw; without a token a query finds no inquiry.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createClient} from '@sanity/client'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {INQUIRY_CONSENT_QUESTIONS, INQUIRY_LIMITS, SANITY_API_VERSION} from '@onecop/content-model'
import submissionCreated from '../../netlify/functions/submission-created.mts'
import {importInquiries, parseCsv} from '../../scripts/import-inquiries'
import {startNetlifyForms, submissionEvent, type LocalNetlifyForms, type Submission} from '../../scripts/netlify-forms'
import {startContentLake, type ContentLake} from '../support/content-lake/content-lake'

const WRITE_TOKEN = 'sk-local-write-token'
let lake: ContentLake
let forms: LocalNetlifyForms
let site: string
const events: object[] = []
let logs: string[]

const visitor = {ip: '203.0.113.9', userAgent: 'Mozilla/5.0', referrer: 'https://onecop.example/get-involved/'}
const congregationPost = () =>
  new URLSearchParams({
    'form-name': 'congregation-partnership',
    name: 'Ruth Example',
    email: 'ruth@example.org',
    organization: 'Example Street Chapel',
    city: 'Macon',
    state: 'GA',
    language: 'en',
    shareContact: 'yes',
    listInDirectory: 'no',
    'bot-field': '',
  })

/** Sends an event body to the function as Netlify would. */
const deliver = (body: unknown) =>
  submissionCreated(
    new Request('http://127.0.0.1/.netlify/functions/submission-created', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )

/** A submission Netlify holds as the visitor posted it, whatever they posted, and its event. */
function held(formName: string, data: Record<string, unknown>): object {
  const submission = {id: `hostile${forms.submissions.size}`, form_name: formName, created_at: new Date().toISOString(), data} as Submission
  forms.submissions.set(submission.id, submission)
  return submissionEvent(submission)
}

const inquiries = () => lake.store.all().filter((doc) => doc._type === 'inquiry')

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'onecop-forms-'))
  writeFileSync(
    join(site, 'index.html'),
    ['congregation-partnership', 'agency-partnership', 'another-format']
      .map((name) => `<form name="${name}" method="POST" data-netlify="true" netlify-honeypot="bot-field"></form>`)
      .join(''),
  )
  lake = await startContentLake({documents: [{_id: 'resource-toolkit', _type: 'resource', title: 'Toolkit'}]})
  forms = await startNetlifyForms(site, (event) => events.push(event))
})
afterAll(async () => {
  await Promise.all([lake?.close(), forms?.close()])
  rmSync(site, {recursive: true, force: true})
})
beforeEach(() => {
  logs = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line))
  vi.stubEnv('SANITY_PROJECT_ID', lake.projectId)
  vi.stubEnv('SANITY_DATASET', lake.dataset)
  vi.stubEnv('SANITY_API_HOST', lake.httpUrl)
  vi.stubEnv('SANITY_API_WRITE_TOKEN', WRITE_TOKEN)
  vi.stubEnv('NETLIFY_API_URL', forms.apiUrl)
  vi.stubEnv('NETLIFY_API_TOKEN', forms.apiToken)
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('a submission of a site form', () => {
  it('becomes one inquiry, on a path, with its fields and the consent answers word for word', async () => {
    const outcome = forms.receive(congregationPost(), visitor)
    expect('submission' in outcome).toBe(true)
    const response = await deliver(events.at(-1))
    expect(response.status).toBe(200)
    const {submission} = outcome as {submission: Submission}
    expect(lake.store.get(`inquiry.${submission.id}`)).toMatchObject({
      _type: 'inquiry',
      kind: 'congregation',
      contactName: 'Ruth Example',
      email: 'ruth@example.org',
      organization: 'Example Street Chapel',
      city: 'Macon',
      state: 'GA',
      status: 'new',
      consent: {
        shareContact: {question: INQUIRY_CONSENT_QUESTIONS.shareContact.en, answer: 'yes'},
        listInDirectory: {question: INQUIRY_CONSENT_QUESTIONS.listInDirectory.en, answer: 'no'},
      },
      submissionId: submission.id,
    })
    expect(logs).toEqual([expect.stringMatching(new RegExp(`inquiry\\.${submission.id} stored`))])
  })

  it('delivered again, adds nothing and changes nothing', async () => {
    const before = inquiries()
    const response = await deliver(events.at(-1))
    expect(response.status).toBe(200)
    expect(inquiries()).toEqual(before)
  })

  it('a query without a token finds no inquiry; one with a token does', async () => {
    const config = {projectId: lake.projectId, dataset: lake.dataset, apiVersion: SANITY_API_VERSION, apiHost: lake.httpUrl, useCdn: false}
    const query = '*[_type == "inquiry"]{_id}'
    expect(await createClient({...config, useProjectHostname: false}).fetch(query)).toEqual([])
    expect(await createClient({...config, useProjectHostname: false, token: WRITE_TOKEN}).fetch(query)).toHaveLength(inquiries().length)
    expect(inquiries().length).toBeGreaterThan(0)
  })

  it('asks for another format: an inquiry of that kind pointing at the resource', async () => {
    const post = new URLSearchParams({
      'form-name': 'another-format',
      name: 'Ana',
      email: 'ana@example.org',
      resource: 'resource-toolkit',
      format: 'braille',
      language: 'es',
    })
    const {submission} = forms.receive(post, visitor) as {submission: Submission}
    await deliver(events.at(-1))
    expect(lake.store.get(`inquiry.${submission.id}`)).toMatchObject({
      kind: 'format',
      format: 'braille',
      language: 'es',
      resource: {_ref: 'resource-toolkit', _weak: true},
    })
  })
})

describe('Netlify Forms drops what Netlify drops', () => {
  it('a post whose honeypot is filled, and a form not in the built HTML, make no submission', () => {
    const spam = congregationPost()
    spam.set('bot-field', 'https://spam.example')
    expect(forms.receive(spam, visitor)).toEqual({dropped: 'honeypot filled'})
    const unknown = congregationPost()
    unknown.set('form-name', 'newsletter')
    expect(forms.receive(unknown, visitor)).toEqual({dropped: 'not a form of the site'})
  })
})

describe('events that did not come from Netlify’s form handling', () => {
  it('a forged event naming a submission Netlify does not hold adds nothing', async () => {
    const before = inquiries().length
    const forged = submissionEvent({
      id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
      form_name: 'agency-partnership',
      created_at: new Date().toISOString(),
      data: {name: 'Mallory', email: 'm@example.org', organization: 'Fake PD', city: 'Macon', state: 'GA'},
    })
    expect((await deliver(forged)).status).toBe(403)
    expect(inquiries()).toHaveLength(before)
    expect(logs).toEqual([expect.stringMatching(/Netlify holds no submission aaaaaaaaaaaaaaaaaaaaaaaa/)])
  })

  it('a forged event naming a real submission stores only what Netlify holds', async () => {
    const {submission} = forms.receive(congregationPost(), visitor) as {submission: Submission}
    const forged = submissionEvent({...submission, data: {...submission.data, organization: 'Forged Temple', email: 'forger@example.org'}})
    await deliver(forged)
    expect(lake.store.get(`inquiry.${submission.id}`)).toMatchObject({organization: 'Example Street Chapel', email: 'ruth@example.org'})
  })
})

describe('hostile and malformed events: refused or kept as inert text, a log line each, never a throw', () => {
  const markup = '<script>alert(1)</script><img src=x onerror=alert(2)>'
  const refusals: [string, () => unknown, number, RegExp][] = [
    ['a body that is not JSON', () => 'form-name=x&name=y', 400, /not JSON/],
    ['JSON that is not an event', () => ({hello: 'world'}), 400, /not a form-submission event/],
    ['an event whose id is not text', () => ({payload: {id: 42}}), 400, /not a form-submission event/],
    ['an unknown form', () => held('newsletter', {name: 'x', email: 'x@example.org'}), 200, /not the site's \("newsletter"\)/],
    ['missing fields', () => held('agency-partnership', {name: 'Only A Name'}), 200, /"email" is missing/],
    ['wrong types', () => held('agency-partnership', {name: ['a'], email: 'x@example.org'}), 200, /"name" is not text/],
    [
      'a state not in the list',
      () => held('agency-partnership', {name: 'A', email: 'a@example.org', organization: 'PD', city: 'X', state: 'ZZ'}),
      200,
      /"state" is not a place/,
    ],
  ]
  it.each(refusals)('%s', async (_name, event, status, line) => {
    const before = inquiries().length
    const response = await deliver(event())
    expect(response.status).toBe(status)
    expect(inquiries()).toHaveLength(before)
    expect(logs).toEqual([expect.stringMatching(line)])
  })

  it('markup and scripts in every field, and a 100,000-character message, are kept as text, the message cut', async () => {
    const fields = {name: markup, email: 'x@example.org', organization: markup, role: markup, city: markup, state: 'GA'}
    const event = held('congregation-partnership', {...fields, message: `${markup}${'m'.repeat(100_000)}`})
    const id = (event as {payload: {id: string}}).payload.id
    expect((await deliver(event)).status).toBe(200)
    const stored = lake.store.get(`inquiry.${id}`)!
    expect(stored).toMatchObject({contactName: markup, organization: markup, role: markup, city: markup, messageCut: true})
    expect(String(stored.message)).toHaveLength(INQUIRY_LIMITS.message)
    expect(logs).toEqual([expect.stringMatching(/"message" was cut at 5000/), expect.stringMatching(/stored/)])
  })
})

describe('when something is not set up or fails, the submission stays in Netlify Forms', () => {
  it('without a write token: one log line, 200, nothing written', async () => {
    vi.stubEnv('SANITY_API_WRITE_TOKEN', '')
    forms.receive(congregationPost(), visitor)
    const before = inquiries().length
    expect((await deliver(events.at(-1))).status).toBe(200)
    expect(inquiries()).toHaveLength(before)
    expect(logs).toEqual([expect.stringMatching(/SANITY_API_WRITE_TOKEN is not set/)])
  })

  it('when the Content Lake cannot be written: 502 and a line that says how to import it', async () => {
    const {submission} = forms.receive(congregationPost(), visitor) as {submission: Submission}
    // A closed port: a Content Lake that is down.
    vi.stubEnv('SANITY_API_HOST', 'http://127.0.0.1:9')
    expect((await deliver(events.at(-1))).status).toBe(502)
    expect(lake.store.get(`inquiry.${submission.id}`)).toBeUndefined()
    expect(logs).toEqual([expect.stringMatching(/could not store .*npm run inquiries:import/)])
  })
})

describe('npm run inquiries:import: a Netlify Forms CSV export, for when the Content Lake failed', () => {
  it('reads quoted commas, quotes and line breaks as Netlify writes them', () => {
    expect(parseCsv('id,message\r\n"a1","Hello, ""you""\nthere"\r\nb2,plain\n')).toEqual([
      ['id', 'message'],
      ['a1', 'Hello, "you"\nthere'],
      ['b2', 'plain'],
    ])
  })

  it('stores each row under its submission id, refuses what the function refuses, and doubles nothing when run again', async () => {
    const client = createClient({
      projectId: lake.projectId,
      dataset: lake.dataset,
      apiVersion: SANITY_API_VERSION,
      apiHost: lake.httpUrl,
      useProjectHostname: false,
      useCdn: false,
      token: WRITE_TOKEN,
    })
    const stored = forms.receive(congregationPost(), visitor) as {submission: Submission}
    await deliver(events.at(-1))
    const csv = [
      'name,email,organization,role,city,state,message,shareContact,listInDirectory,language,ip,user_agent,referrer,created_at,id',
      `Ruth Example,ruth@example.org,Example Street Chapel,,Macon,GA,,yes,no,en,203.0.113.9,Mozilla,,${stored.submission.created_at},${stored.submission.id}`,
      'Cal Imported,cal@example.org,"Grace Church, Macon",Deacon,Macon,GA,"We said ""hello""\non two lines",yes,,en,203.0.113.9,Mozilla,,2026-12-04T10:00:00.000Z,csvimport0001',
      'No Email,,Somewhere Church,,Macon,GA,,,,en,203.0.113.9,Mozilla,,2026-12-04T11:00:00.000Z,csvimport0002',
    ].join('\n')
    const before = inquiries().length
    const first = await importInquiries(csv, client, 'congregation-partnership')
    expect(first).toEqual({
      stored: [`inquiry.${stored.submission.id}`, 'inquiry.csvimport0001'],
      refused: [expect.stringMatching(/^row 4: .*"email" is missing/)],
      failed: [],
    })
    expect(inquiries()).toHaveLength(before + 1)
    expect(lake.store.get('inquiry.csvimport0001')).toMatchObject({
      organization: 'Grace Church, Macon',
      message: 'We said "hello"\non two lines',
      consent: {shareContact: {answer: 'yes'}},
    })
    await importInquiries(csv, client, 'congregation-partnership')
    expect(inquiries()).toHaveLength(before + 1)
  })
})
