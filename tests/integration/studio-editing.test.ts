/** What editors get in the Studio: the desk, the singleton, sensible defaults and useful previews. */
import {describe, expect, it} from 'vitest'
import {evaluate, parse} from 'groq-js'
import config from '../../studio/sanity.config'
import {schemaTypes} from '../../studio/schemaTypes'
import {eventType} from '../../studio/schemaTypes/documents/event'
import {funderType} from '../../studio/schemaTypes/documents/funder'
import {partnerType} from '../../studio/schemaTypes/documents/partner'
import {resourceType} from '../../studio/schemaTypes/documents/resource'
import {INQUIRY_STATUSES, PARTNERSHIP_STATUSES, RESOURCE_TYPES} from '@onecop/content-model'
import {
  ENGLISH_FILTER,
  EVENT_MISSING_TRANSLATION_FILTER,
  MISSING_TRANSLATION_FILTER,
  PARTNERSHIP_STATES_QUERY,
  PARTNERSHIPS_IN_STATE_FILTER,
  PARTNERSHIPS_WITH_STATUS_FILTER,
  PAST_EVENTS_FILTER,
  UPCOMING_EVENTS_FILTER,
} from '../../studio/structure'
import {
  INQUIRIES_IN_STATE_FILTER,
  INQUIRIES_WITH_STATUS_FILTER,
  INQUIRY_STATES_QUERY,
  NEW_INQUIRIES_FILTER,
  WAITING_FORMAT_REQUESTS_FILTER,
} from '../../studio/inquiries-desk'
import {daysWaited} from '../../studio/schemaTypes/documents/inquiry'
import {serializedDesk, type DeskItem} from '../support/desk'
import {sampleDocuments} from '../support/sample-dataset'

const desk = serializedDesk()
const item = (items: DeskItem[] | undefined, id: string) => {
  const found = items?.find((entry) => entry.id === id)
  expect(found, `desk item ${id}`).toBeDefined()
  return found!
}

describe('the desk', () => {
  it('is arranged as Settings, Program, People, Partnerships, Inquiries, Library, Calendar, Pages and missing translations', () => {
    expect(desk.filter((entry) => entry.type === 'listItem').map((entry) => entry.title)).toEqual([
      'Settings',
      'Program',
      'People',
      'Partnerships',
      'Inquiries',
      'Library',
      'Calendar',
      'Pages',
      'Missing Spanish translation',
    ])
  })

  it('opens the one settings document directly, not a list', () => {
    const child = item(desk, 'settings').child!
    expect(child.type).toBe('document')
    expect(child.options).toMatchObject({id: 'siteSettings', type: 'siteSettings'})
  })

  it('groups objectives, pillars and activity types under Program', () => {
    expect(item(desk, 'program').child!.items!.map((entry) => entry.id)).toEqual(['programObjective', 'pillar', 'activityType'])
  })

  it('lets editors order partners and funders by dragging', () => {
    expect(item(desk, 'people').child!.items!.map((entry) => entry.id)).toEqual(['orderable-partner', 'orderable-funder'])
  })

  it('lists partnerships by state and by status', async () => {
    const partnerships = item(desk, 'partnerships').child!.items!
    expect(partnerships.map((entry) => entry.id)).toEqual(['partnership', 'partnerships-by-state', 'partnerships-by-status'])
    const byStatus = item(partnerships, 'partnerships-by-status').child!.items!
    for (const {value} of PARTNERSHIP_STATUSES) {
      expect(item(byStatus, `partnerships-status-${value}`).child!.options).toMatchObject({
        filter: PARTNERSHIPS_WITH_STATUS_FILTER,
        params: {status: value},
      })
    }
    // What the lists hold, over the sample: every state with a partnership, and each one's.
    const dataset = await sampleDocuments()
    const run = async (query: string, params: Record<string, unknown> = {}) => (await evaluate(parse(query), {dataset, params})).get()
    const states = (await run(PARTNERSHIP_STATES_QUERY)) as string[]
    const expected = new Set(dataset.filter((doc) => doc._type === 'partnership').map((doc) => doc.agency.state))
    expect(new Set(states)).toEqual(expected)
    expect(states).toHaveLength(expected.size)
    const inGeorgia = (await run(`*[${PARTNERSHIPS_IN_STATE_FILTER}]._id`, {state: 'GA'})) as string[]
    expect(inGeorgia.sort()).toEqual(
      dataset
        .filter((doc) => doc._type === 'partnership' && doc.agency.state === 'GA')
        .map((doc) => doc._id)
        .sort(),
    )
    const active = (await run(`*[${PARTNERSHIPS_WITH_STATUS_FILTER}]._id`, {status: 'active'})) as string[]
    expect(active.length).toBeGreaterThan(0)
    expect(active.every((id) => dataset.find((doc) => doc._id === id)!.status === 'active')).toBe(true)
  })

  it('lists inquiries: new ones newest first, format requests waiting oldest first, by state and by status', async () => {
    const inquiries = item(desk, 'inquiries').child!.items!
    expect(inquiries.map((entry) => entry.id)).toEqual([
      'inquiries-new',
      'inquiries-format-waiting',
      'inquiries-by-state',
      'inquiries-by-status',
      expect.anything(),
      'inquiry',
    ])
    expect(item(inquiries, 'inquiries-new').child!.options).toMatchObject({
      filter: NEW_INQUIRIES_FILTER,
      defaultOrdering: [{field: 'receivedAt', direction: 'desc'}],
    })
    expect(item(inquiries, 'inquiries-format-waiting').child!.options).toMatchObject({
      filter: WAITING_FORMAT_REQUESTS_FILTER,
      defaultOrdering: [{field: 'receivedAt', direction: 'asc'}],
    })
    const byStatus = item(inquiries, 'inquiries-by-status').child!.items!
    for (const {value} of INQUIRY_STATUSES)
      expect(item(byStatus, `inquiries-status-${value}`).child!.options).toMatchObject({
        filter: INQUIRIES_WITH_STATUS_FILTER,
        params: {status: value},
      })
    // What the lists hold, over the sample's invented inquiries.
    const dataset = await sampleDocuments()
    const run = async (query: string, params: Record<string, unknown> = {}) => (await evaluate(parse(query), {dataset, params})).get()
    const sample = dataset.filter((doc) => doc._type === 'inquiry')
    expect(sample.length).toBeGreaterThan(3)
    expect(((await run(`*[${NEW_INQUIRIES_FILTER}]._id`)) as string[]).sort()).toEqual(
      sample
        .filter((doc) => doc.status === 'new')
        .map((doc) => doc._id)
        .sort(),
    )
    expect(await run(`*[${WAITING_FORMAT_REQUESTS_FILTER}]._id`)).toEqual(['inquiry.sample-format-large-print'])
    expect(((await run(INQUIRY_STATES_QUERY)) as string[]).sort()).toEqual(['GA', 'TX'])
    expect((await run(`*[${INQUIRIES_IN_STATE_FILTER}]._id`, {state: 'TX'})) as string[]).toEqual([
      'inquiry.sample-congregation-san-antonio',
    ])
  })

  it('says how long a format request has waited', () => {
    const now = Date.parse('2026-12-07T12:00:00Z')
    expect(daysWaited('2026-12-07T08:00:00Z', now)).toBe('arrived today')
    expect(daysWaited('2026-12-06T08:00:00Z', now)).toBe('waiting 1 day')
    expect(daysWaited('2026-12-01T11:00:00Z', now)).toBe('waiting 6 days')
  })

  it('files the library by resource type', () => {
    const library = item(desk, 'library').child!.items!
    for (const {title, value} of RESOURCE_TYPES) {
      const list = item(library, `resources-${value}`)
      expect(list.title).toBe(title)
      expect(list.child!.options).toMatchObject({filter: '_type == "resource" && resourceType == $type', params: {type: value}})
    }
  })

  it('splits the calendar into upcoming and past events', async () => {
    const calendar = item(desk, 'calendar').child!.items!
    expect(item(calendar, 'events-upcoming').child!.options!.filter).toBe(UPCOMING_EVENTS_FILTER)
    expect(item(calendar, 'events-past').child!.options!.filter).toBe(PAST_EVENTS_FILTER)

    const dataset = await sampleDocuments()
    const now = new Date('2026-11-25T12:00:00Z')
    const ids = async (filter: string) => (await (await evaluate(parse(`*[${filter}]._id`), {dataset, timestamp: now})).get()) as string[]
    const upcoming = await ids(UPCOMING_EVENTS_FILTER)
    const past = await ids(PAST_EVENTS_FILTER)
    expect(upcoming).toContain('event-westside-safety-briefing-dec')
    expect(past).toContain('event-westside-safety-briefing-aug')
    expect(upcoming.length + past.length).toBe(dataset.filter((doc) => doc._type === 'event').length)
    expect(upcoming.filter((id) => past.includes(id))).toEqual([])
  })
})

describe('the settings singleton', () => {
  const documentOptions = config.document!
  it('cannot be created from the new-document menu', () => {
    const items = [{templateId: 'siteSettings'}, {templateId: 'partner'}] as never[]
    const offered = (documentOptions.newDocumentOptions as (items: never[], context: object) => {templateId: string}[])(items, {
      creationContext: {type: 'global'},
    })
    expect(offered.map((entry) => entry.templateId)).toEqual(['partner'])
  })

  it('has no template, and neither have inquiries, which come only from the forms', () => {
    const defaults = ['siteSettings', 'inquiry', 'partner'].map((type) => ({id: type, schemaType: type, title: type, value: {}}))
    const templates = (config.schema!.templates as (templates: typeof defaults, context: object) => {schemaType: string}[])(defaults, {})
    expect(templates.map((template) => template.schemaType)).not.toContain('siteSettings')
    expect(templates.map((template) => template.schemaType)).not.toContain('inquiry')
    expect(templates.map((template) => template.schemaType)).toContain('partner')
  })

  it('can be published but not deleted or duplicated; other documents keep every action', () => {
    const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map((action) => ({action}))
    const resolve = documentOptions.actions as unknown as (actions: {action: string}[], context: {schemaType: string}) => {action: string}[]
    expect(resolve(actions, {schemaType: 'siteSettings'}).map((a) => a.action)).toEqual(['publish', 'discardChanges', 'restore'])
    expect(resolve(actions, {schemaType: 'partner'})).toHaveLength(actions.length)
  })
})

describe('defaults that save typing', () => {
  const initial = (type: {fields: {name: string; initialValue?: unknown}[]}, name: string) =>
    type.fields.find((field) => field.name === name)?.initialValue
  it("starts a new event as scheduled, in person, in the organization's time zone", () => {
    expect(initial(eventType, 'status')).toBe('scheduled')
    expect(initial(eventType, 'format')).toBe('in-person')
    expect(initial(eventType, 'timeZone')).toBe('America/New_York')
  })
  it('starts a new resource in English, and a new funder as shown on the site', () => {
    expect(initial(resourceType, 'language')).toBe('en')
    expect(initial(funderType, 'showPublicly')).toBe(true)
  })
})

describe('tabs', () => {
  it('put every field of a document with tabs on one of them, so no field waits under All fields alone', () => {
    const tabbed = schemaTypes.filter((type) => 'groups' in type && type.groups && type.groups.length > 0)
    expect(tabbed.map((type) => type.name).sort()).toEqual(['inquiry', 'partnership'])
    for (const type of tabbed) {
      const fields = (type as {fields: {name: string; group?: string | string[]}[]}).fields
      expect(
        fields.filter((field) => !field.group).map((field) => field.name),
        `${type.name}: fields on no tab`,
      ).toEqual([])
    }
  })
})

describe('list previews', () => {
  const prepare = (type: {preview?: {prepare?: (value: never) => unknown}}, value: Record<string, unknown>) =>
    type.preview!.prepare!(value as never) as {title: string; subtitle: string}
  it("show a partner's category and a funder's tier, and flag hidden funders", () => {
    expect(prepare(partnerType, {title: 'NOBLE', category: 'law-enforcement-association'}).subtitle).toBe(
      'National law-enforcement association',
    )
    expect(prepare(funderType, {title: 'A fund', tier: 'major', shown: false}).subtitle).toBe('Major · hidden')
  })
  it("show an event's local date and city, and flag a cancelled one", () => {
    const preview = prepare(eventType, {
      title: 'Forum',
      start: '2027-01-14T23:00:00Z',
      city: 'Jacksonville',
      format: 'hybrid',
      status: 'cancelled',
      timeZone: 'America/New_York',
    })
    expect(preview.subtitle).toBe('Jan 14, 2027 · Jacksonville · CANCELLED')
    expect(
      prepare(eventType, {
        title: 'Webinar',
        start: '2027-02-18T18:00:00Z',
        format: 'online',
        status: 'scheduled',
        timeZone: 'America/New_York',
      }).subtitle,
    ).toBe('Feb 18, 2027 · Online')
  })
  it("show a resource's type and date", () => {
    expect(prepare(resourceType, {title: 'Guide', type: 'one-pager', date: '2026-01-15'}).subtitle).toBe('One-pager · 2026-01-15')
  })
})

describe('translations in the desk', () => {
  it('lists translated types in English only, and English documents without a Spanish version', async () => {
    const program = item(desk, 'program').child!.items!
    for (const list of [item(program, 'programObjective'), item(program, 'pillar'), item(program, 'activityType'), item(desk, 'page')]) {
      expect(list.child!.options).toMatchObject({filter: ENGLISH_FILTER, params: {type: list.id}})
    }
    const missing = item(desk, 'missing-es').child!.items!
    expect(missing.map((entry) => entry.id)).toEqual([
      'missing-es-programObjective',
      'missing-es-pillar',
      'missing-es-activityType',
      'missing-es-page',
      'missing-es-event',
    ])
    expect(item(missing, 'missing-es-event').child!.options).toMatchObject({
      filter: EVENT_MISSING_TRANSLATION_FILTER,
      params: {language: 'es'},
    })
    // Of the sample's events, those left in English.
    const sample = await sampleDocuments()
    const untranslatedEvents = (await (
      await evaluate(parse(`*[${EVENT_MISSING_TRANSLATION_FILTER}]._id`), {dataset: sample, params: {language: 'es'}})
    ).get()) as string[]
    expect(untranslatedEvents.sort()).toEqual(
      sample
        .filter((doc) => doc._type === 'event' && !doc.title.some((version: {language: string}) => version.language === 'es'))
        .map((doc) => doc._id)
        .sort(),
    )
    expect(untranslatedEvents).toContain('event-national-webinar-feb')
    const pillars = item(missing, 'missing-es-pillar').child!.options!
    expect(pillars).toMatchObject({filter: MISSING_TRANSLATION_FILTER, params: {type: 'pillar', language: 'es'}})

    // pillar-1 has a Spanish version, pillar-3 only an English one in its metadata, pillar-2 none at all.
    const reference = (id: string) => ({_type: 'reference', _ref: id, _weak: true})
    const translation = (key: string, language: string, id: string) => ({
      _key: key,
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: reference(id),
    })
    const dataset = [
      // The sample without its own translations, then a translated pillar 1 and pillar 3 linked to none.
      ...(await sampleDocuments()).filter((doc) => doc.language !== 'es' && doc._type !== 'translation.metadata'),
      {_id: 'pillar-1-es', _type: 'pillar', language: 'es', number: 1, name: 'Generar confianza y legitimidad'},
      {
        _id: 'm1',
        _type: 'translation.metadata',
        schemaTypes: ['pillar'],
        translations: [translation('en', 'en', 'pillar-1'), translation('es', 'es', 'pillar-1-es')],
      },
      {_id: 'm3', _type: 'translation.metadata', schemaTypes: ['pillar'], translations: [translation('en', 'en', 'pillar-3')]},
    ]
    const ids = async (filter: string, params: Record<string, unknown>) =>
      (await (await evaluate(parse(`*[${filter}]._id`), {dataset, params})).get()) as string[]
    const untranslated = await ids(pillars.filter, pillars.params)
    expect(untranslated).toContain('pillar-2')
    expect(untranslated).toContain('pillar-3')
    expect(untranslated).not.toContain('pillar-1')
    expect(untranslated).not.toContain('pillar-1-es')
    expect(await ids(ENGLISH_FILTER, {type: 'pillar'})).not.toContain('pillar-1-es')
  })
})
