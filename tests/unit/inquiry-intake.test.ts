/**
 * A form submission becomes one inquiry, or is refused with a reason fit for a log: hostile and
 * malformed submissions are refused or kept as inert text, and nothing here throws.
 */
import {describe, expect, it} from 'vitest'
import {INQUIRY_CONSENT_QUESTIONS, INQUIRY_LIMITS, inquiryFromSubmission, inquiryIdFor} from '@onecop/content-model'

const congregation = {
  id: '6766b2f1a0c4d3000812e0aa',
  form_name: 'congregation-partnership',
  created_at: '2026-12-01T15:04:05.000Z',
  data: {
    name: 'Ruth Example',
    email: 'ruth@example.org',
    organization: 'Example Street Chapel',
    role: 'Pastor',
    city: 'Macon',
    state: 'GA',
    message: 'We would like to meet our precinct.',
    language: 'en',
    shareContact: 'yes',
    listInDirectory: 'no',
    ip: '203.0.113.9',
    user_agent: 'Mozilla/5.0',
    referrer: 'https://onecop.example/get-involved/',
  },
}

const formatRequest = {
  id: '6766b2f1a0c4d3000812e0ab',
  form_name: 'another-format',
  created_at: '2026-12-01T15:05:00.000Z',
  data: {name: 'Ana Ejemplo', email: 'ana@example.org', resource: 'resource-toolkit', format: 'large-print', language: 'es'},
}

const withData = (base: typeof congregation, data: Record<string, unknown>) => ({...base, data: {...base.data, ...data}})

function refusal(submission: unknown): string {
  const outcome = inquiryFromSubmission(submission)
  if (!('refused' in outcome)) throw new Error('expected a refusal, got an inquiry')
  return outcome.refused
}

function inquiry(submission: unknown) {
  const outcome = inquiryFromSubmission(submission)
  if ('refused' in outcome) throw new Error(`refused: ${outcome.refused}`)
  return outcome
}

describe('a submission from the site’s forms', () => {
  it('becomes one inquiry on a path, with the fields, the consent questions word for word and a new status', () => {
    const {inquiry: made, notes} = inquiry(congregation)
    expect(made).toEqual({
      _id: 'inquiry.6766b2f1a0c4d3000812e0aa',
      _type: 'inquiry',
      kind: 'congregation',
      formName: 'congregation-partnership',
      contactName: 'Ruth Example',
      email: 'ruth@example.org',
      organization: 'Example Street Chapel',
      role: 'Pastor',
      city: 'Macon',
      state: 'GA',
      message: 'We would like to meet our precinct.',
      language: 'en',
      consent: {
        shareContact: {question: INQUIRY_CONSENT_QUESTIONS.shareContact.en, answer: 'yes'},
        listInDirectory: {question: INQUIRY_CONSENT_QUESTIONS.listInDirectory.en, answer: 'no'},
      },
      receivedAt: '2026-12-01T15:04:05.000Z',
      submissionId: '6766b2f1a0c4d3000812e0aa',
      status: 'new',
    })
    expect(notes).toEqual([])
    // Netlify's own additions (address, browser) are not the visitor's answers and are not kept.
    expect(JSON.stringify(made)).not.toContain('203.0.113.9')
  })

  it('keeps the question in the language the visitor read it in, and leaves an unanswered one out', () => {
    const {inquiry: made} = inquiry(withData(congregation, {language: 'es', listInDirectory: ''}))
    expect(made.consent).toEqual({shareContact: {question: INQUIRY_CONSENT_QUESTIONS.shareContact.es, answer: 'yes'}})
    expect(made.language).toBe('es')
  })

  it('makes a format request point weakly at its resource', () => {
    const {inquiry: made} = inquiry(formatRequest)
    expect(made).toMatchObject({
      kind: 'format',
      resource: {_type: 'reference', _ref: 'resource-toolkit', _weak: true},
      format: 'large-print',
      language: 'es',
    })
    expect(made.consent).toBeUndefined()
  })

  it('keeps markup and scripts as the text they are', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    const {inquiry: made} = inquiry(withData(congregation, {organization: hostile, message: `${hostile} ]]> {{x}} $\{y}`}))
    expect(made.organization).toBe(hostile)
    expect(made.message).toContain('<script>alert(1)</script>')
  })

  it('cuts a 100,000-character message at the limit and says so', () => {
    const {inquiry: made, notes} = inquiry(withData(congregation, {message: 'a'.repeat(100_000)}))
    expect(made.message).toHaveLength(INQUIRY_LIMITS.message)
    expect(made.messageCut).toBe(true)
    expect(notes).toEqual([expect.stringMatching(/"message" was cut at 5000 characters/)])
  })
})

describe('refused, with a reason that names the field and not what was written', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a body that is not a submission', 'hello', /holds no submission/],
    ['an array', [congregation], /holds no submission/],
    ['no id', {...congregation, id: undefined}, /no id/],
    ['an id that is a path', {...congregation, id: '../drafts.x'}, /no id/],
    ['a form that is not the site’s', {...congregation, form_name: 'contact<script>'}, /not the site's \("contactscript"\)/],
    ['no fields', {...congregation, data: 'name=x'}, /has no fields/],
    ['a missing name', withData(congregation, {name: '   '}), /"name" is missing/],
    ['a missing organization', withData(congregation, {organization: undefined}), /"organization" is missing/],
    ['an e-mail that is not one', withData(congregation, {email: 'ruth at example'}), /"email" is not an e-mail address/],
    ['a state not in the list', withData(congregation, {state: 'XX'}), /"state" is not a place in the list/],
    ['a name over 200 characters', withData(congregation, {name: 'n'.repeat(201)}), /"name" is over 200 characters/],
    ['an organization over 200', withData(congregation, {organization: 'o'.repeat(201)}), /"organization" is over 200/],
    ['a number where text goes', withData(congregation, {city: 42}), /"city" is not text/],
    ['a list where text goes', withData(congregation, {message: ['a', 'b']}), /"message" is not text/],
    ['a format request without its resource', {...formatRequest, data: {...formatRequest.data, resource: ''}}, /"resource" is missing/],
    ['a resource id that is a draft', {...formatRequest, data: {...formatRequest.data, resource: 'drafts.x'}}, /not a resource's id/],
    ['a format the form does not offer', {...formatRequest, data: {...formatRequest.data, format: 'fax'}}, /"format" is not one/],
    ['no date', {...congregation, created_at: 'yesterday'}, /"created_at" is not a date/],
  ]
  it.each(cases)('%s', (_name, submission, reason) => {
    const refused = refusal(submission)
    expect(refused).toMatch(reason)
    expect(refused).not.toContain('ruth@example.org')
  })
})

it('an inquiry id comes only from an id Netlify could have given', () => {
  expect(inquiryIdFor('abc123')).toBe('inquiry.abc123')
  for (const bad of ['', 'a.b', 'drafts.x', 'a b', 'x'.repeat(65), 7, null]) expect(inquiryIdFor(bad)).toBeUndefined()
})
