/**
 * Each validation rule of the Studio rejects a bad document and accepts a good one, run by
 * Sanity's own rule engine over the sample dataset (so uniqueness checks see real neighbours).
 */
import {describe, expect, it} from 'vitest'
import {studioValidatorOverSample} from '../support/studio-validation'

const over = studioValidatorOverSample()
const validator = {errors: (document: Record<string, unknown>) => over.validator.errors(document)}

/** A sample document by id, copied so a test can change it. */
const sample = (id: string): Record<string, any> => structuredClone(over.dataset.find((doc) => doc._id === id)!)

/** Asserts the good document passes and the bad one fails with a message on `field` containing `message`. */
async function expectRule(good: Record<string, any>, bad: Record<string, any>, field: string, message: string | RegExp) {
  expect(await validator.errors(good), `${good._id} should pass`).toEqual([])
  const errors = await validator.errors(bad)
  const onField = errors.filter((error) => error.startsWith(`${field}: `))
  expect(onField.length, `expected an error on ${field}, got ${JSON.stringify(errors)}`).toBeGreaterThan(0)
  expect(onField.join('\n')).toMatch(message)
}

describe('Studio validation', () => {
  it('requires required fields', async () => {
    const good = sample('resource-program-one-pager')
    const {summary: _, ...bad} = good
    await expectRule(good, bad, 'summary', /Required/)
  })

  it('keeps slugs unique within a type, as an error that blocks publishing', async () => {
    const good = sample('resource-program-one-pager')
    const bad = {...good, slug: {_type: 'slug', current: 'safety-briefing-toolkit'}}
    await expectRule(good, bad, 'title', 'Its web address "safety-briefing-toolkit" is already used by another one')
    // The same slug on a different type is fine: pages of different kinds live at different paths.
    const partner = sample('partner-noble')
    expect(await validator.errors({...partner, slug: {_type: 'slug', current: 'safety-briefing-toolkit'}})).toEqual([])
  })

  it('keeps pillar numbers unique and within 1 to 6', async () => {
    const good = sample('pillar-3')
    await expectRule(good, {...good, number: 2}, 'number', 'Another pillar already has number 2')
    await expectRule(good, {...good, number: 7}, 'number', "Use the pillar's number in the report, 1 to 6")
  })

  it("lets a translation share its original's number and web address, but not a second English document", async () => {
    const english = sample('pillar-1')
    const spanish = {...english, _id: 'pillar-1-es', language: 'es'}
    await expectRule(spanish, {...spanish, language: 'en'}, 'number', 'Another pillar already has number 1')
    const errors = await validator.errors({...spanish, language: 'en'})
    expect(errors.some((error) => error.startsWith('name: ') && error.includes('is already used by another one'))).toBe(true)
    const objective = sample('objective-1')
    expect(await validator.errors({...objective, _id: 'objective-1-es', language: 'es'})).toEqual([])
    const page = over.dataset.find((doc) => doc._type === 'page')!
    expect(await validator.errors({...structuredClone(page), _id: `${page._id}-es`, language: 'es'})).toEqual([])
    expect((await validator.errors({...structuredClone(page), _id: `${page._id}-copy`})).join('\n')).toMatch(
      'is already used by another one',
    )
    // The web address field's own check (`options.isUnique`) agrees: a duplicate in the same language only.
    for (const translation of over.dataset.filter((doc) => doc.language === 'es' && doc.slug))
      expect(await over.validator.warnings(translation), translation._id).toEqual([])
    expect(await over.validator.warnings({...spanish, language: 'en'})).toEqual(['slug: Slug is already in use'])
  })

  it("asks who recorded law enforcement's consent only once it allows something", async () => {
    const partnership = sample('partnership-masjid-al-noor-of-east-atlanta-atlanta')
    // A new partnership's start: no agency liaisons yet, both switches off, nothing recorded.
    const good = {
      ...partnership,
      liaisons: partnership.liaisons.filter((liaison: {party: string}) => liaison.party !== 'agency'),
      agencyConsent: {_type: 'publishingConsent', liaisonNames: false, contactLinks: false},
    }
    await expectRule(
      good,
      {...good, agencyConsent: {...good.agencyConsent, liaisonNames: true}},
      'agencyConsent.recordedBy',
      'who recorded this consent',
    )
  })

  it('makes an event end after it starts', async () => {
    const good = sample('event-westside-safety-briefing-dec')
    await expectRule(good, {...good, end: good.start}, 'end', 'Must be after the start: check the end date and time')
  })

  it('accepts only the time zones on its list', async () => {
    const good = sample('event-online-liaison-training-dec')
    expect(good.timeZone).toBe('America/Denver')
    await expectRule(good, {...good, timeZone: 'Mars/Olympus_Mons'}, 'timeZone', /"Mars\/Olympus_Mons"/)
    await expectRule(good, {...good, timeZone: 'Europe/Paris'}, 'timeZone', /"Europe\/Paris"/)
  })

  it('takes a state from the list only: the states, DC and the territories', async () => {
    const partnership = sample('partnership-greater-hope-baptist-church-atlanta')
    expect(partnership.agency.state).toBe('GA')
    const withState = (state: string) => ({...partnership, agency: {...partnership.agency, state}})
    expect(await validator.errors(withState('PR'))).toEqual([])
    await expectRule(partnership, withState('ZZ'), 'agency.state', 'Is "ZZ", which is not a US state, DC or territory: pick the place')
    await expectRule(partnership, withState('ga'), 'agency.state', 'Is "ga": write the code as the list does, GA, or pick Georgia')
    const event = sample('event-westside-safety-briefing-dec')
    await expectRule(
      event,
      {...event, venue: {...event.venue, state: 'XX'}},
      'venue.state',
      'Is "XX", which is not a US state, DC or territory',
    )
  })

  it('gives a resource exactly one of a file or a link', async () => {
    const withFile = sample('resource-getting-started-congregations')
    const withLink = sample('resource-safety-briefing-toolkit')
    expect(withFile.file.asset._ref).toMatch(/^file-/)
    await expectRule(
      withFile,
      {...withFile, url: 'https://example.org/also-a-link'},
      'url',
      'Cannot be set as well as a file: give the resource a file or a link, not both',
    )
    await expectRule(withLink, {...withLink, url: undefined}, 'url', 'Is required when no file is uploaded: upload a file or add a link')
  })

  it('allows only https:, http: and mailto: links', async () => {
    const partner = sample('partner-noble')
    await expectRule(
      partner,
      {...partner, website: 'javascript:alert(1)'},
      'website',
      'Is not a full address: use one starting with https://, http:// or mailto:',
    )
    expect(await validator.errors({...partner, website: 'mailto:partners@example.org'})).toEqual([])
    const page = sample('page-about')
    const bad = structuredClone(page)
    bad.body[0].markDefs = [{_key: 'l1', _type: 'link', href: 'data:text/html,hi'}]
    bad.body[0].children[0].marks = ['l1']
    const errors = await validator.errors(bad)
    expect(
      errors.some((e) => /href: .*Is not a full address/.test(e)),
      JSON.stringify(errors),
    ).toBe(true)
  })

  it('requires alt text on every image', async () => {
    const good = sample('partner-noble')
    await expectRule(good, {...good, logo: {...good.logo, alt: '  '}}, 'logo.alt', 'Is required: describe the image in a few words')
    const resource = sample('resource-final-report-task-force')
    await expectRule(
      resource,
      {...resource, thumbnail: {...resource.thumbnail, alt: undefined}},
      'thumbnail.alt',
      'Is required: describe the image',
    )
  })

  it('asks what changed when an event is cancelled or postponed, and hides the question otherwise', async () => {
    const cancelled = sample('event-scam-workshop-seniors-nov')
    expect(cancelled.status).toBe('cancelled')
    await expectRule(cancelled, {...cancelled, statusNote: undefined}, 'statusNote', 'tell visitors what changed and what to do now')
    const scheduled = sample('event-jax-forum-jan')
    expect(await validator.errors({...scheduled, statusNote: undefined})).toEqual([])
  })

  it('needs a venue for in-person events and a link for online ones', async () => {
    const inPerson = sample('event-portland-youth-career-mar')
    await expectRule(inPerson, {...inPerson, venue: undefined}, 'format', 'Needs a venue for an in-person or hybrid event')
    const online = sample('event-national-webinar-feb')
    await expectRule(online, {...online, onlineUrl: undefined}, 'onlineUrl', 'add the link to join')
  })

  it('rejects references to documents that do not exist', async () => {
    const good = sample('resource-program-one-pager')
    const bad = {...good, pillars: [...good.pillars, {_key: 'gone', _type: 'reference', _ref: 'pillar-9'}]}
    const errors = await validator.errors(bad)
    expect(
      errors.some((e) => e.startsWith('pillars')),
      JSON.stringify(errors),
    ).toBe(true)
  })
})
