/** The sample dataset is complete, importable, and passes the Studio's own rules. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {EVENT_FORMATS, FUNDER_TIERS, PARTNER_CATEGORIES, RESOURCE_AUDIENCES, RESOURCE_TYPES} from '@onecop/content-model'
import {loadSampleAssetDocuments, SAMPLE_DATASET_PATH} from '../../src/sanity/sample-source'
import {isOriginal, rawSampleDocuments, sampleDocuments} from '../support/sample-dataset'
import {studioValidator, type StudioValidator} from '../support/studio-validation'

/** The sample's events are dated around this day: some before, some after. */
const SAMPLE_TODAY = new Date('2026-11-25T12:00:00Z')

let raw: Record<string, any>[]
let lake: Record<string, any>[]
let validator: StudioValidator
/** Documents of a type; of a type translated as whole documents, the English originals. */
const ofType = (type: string) => raw.filter((doc) => doc._type === type && isOriginal(doc))
const values = (docs: Record<string, any>[], pick: (doc: Record<string, any>) => unknown) =>
  new Set(docs.flatMap((doc) => [pick(doc)].flat()))

beforeAll(async () => {
  raw = await rawSampleDocuments()
  lake = await sampleDocuments()
  validator = await studioValidator(lake)
})
afterAll(() => validator.close())

describe('the sample dataset file', () => {
  it('is NDJSON that `sanity dataset import` reads: one document per line, each with a unique _id and a _type', async () => {
    const lines = (await readFile(SAMPLE_DATASET_PATH, 'utf8')).trimEnd().split('\n')
    const documents = lines.map((line) => JSON.parse(line) as {_id?: unknown; _type?: unknown})
    for (const document of documents) {
      expect(typeof document._id).toBe('string')
      expect(typeof document._type).toBe('string')
    }
    expect(new Set(documents.map((d) => d._id)).size).toBe(documents.length)
  })

  it('holds a realistic amount of every kind of content', () => {
    expect(ofType('siteSettings')).toHaveLength(1)
    expect(ofType('programObjective')).toHaveLength(3)
    expect(ofType('pillar')).toHaveLength(6)
    expect(ofType('activityType').length).toBeGreaterThanOrEqual(8)
    expect(ofType('partner').length).toBeGreaterThanOrEqual(12)
    expect(values(ofType('partner'), (d) => d.category)).toEqual(new Set(PARTNER_CATEGORIES.map((c) => c.value)))
    expect(ofType('funder').length).toBeGreaterThanOrEqual(6)
    expect(values(ofType('funder'), (d) => d.tier)).toEqual(new Set(FUNDER_TIERS.map((t) => t.value)))
    expect(values(ofType('page'), (d) => d.slug.current)).toEqual(new Set(['about', 'get-involved']))
  })

  it('holds at least 24 partnerships in 10 states, with consent given and withheld', () => {
    const partnerships = ofType('partnership')
    expect(partnerships.length).toBeGreaterThanOrEqual(24)
    expect(values(partnerships, (d) => d.agency.state).size).toBeGreaterThanOrEqual(10)
    expect(values(partnerships, (d) => d.congregationConsent.location)).toEqual(new Set(['name', 'city', 'address']))
    // Some hold an address the congregation did not agree to publish, and some liaisons stay private.
    expect(partnerships.some((d) => d.congregation.streetAddress && d.congregationConsent.location !== 'address')).toBe(true)
    expect(partnerships.some((d) => !d.congregationConsent.liaisonNames && d.liaisons?.length)).toBe(true)
    expect(partnerships.some((d) => !d.agencyConsent.liaisonNames && d.liaisons?.some((l: {party: string}) => l.party === 'agency'))).toBe(
      true,
    )
  })

  it('translates the settings, every objective, pillar, activity type and page, and at least six events into Spanish', () => {
    const spanish = (type: string) => raw.filter((doc) => doc._type === type && doc.language === 'es')
    for (const type of ['programObjective', 'pillar', 'activityType', 'page']) expect(spanish(type)).toHaveLength(ofType(type).length)
    const translatedInPlace = (doc: Record<string, any>, field: string) =>
      (doc[field] as {language: string; value: unknown}[] | undefined)?.some((item) => item.language === 'es' && item.value)
    expect(ofType('event').filter((event) => translatedInPlace(event, 'title')).length).toBeGreaterThanOrEqual(6)
    // Some stay English, so the sample shows a Spanish page waiting for its translation.
    expect(ofType('event').some((event) => !translatedInPlace(event, 'title'))).toBe(true)
    expect(translatedInPlace(ofType('siteSettings')[0], 'description')).toBe(true)
  })

  it('has 40+ resources across every type, pillar and audience, some as files and some as links', () => {
    const resources = ofType('resource')
    expect(resources.length).toBeGreaterThanOrEqual(40)
    expect(values(resources, (d) => d.resourceType)).toEqual(new Set(RESOURCE_TYPES.map((t) => t.value)))
    expect(values(resources, (d) => d.audience)).toEqual(new Set(RESOURCE_AUDIENCES.map((a) => a.value)))
    expect(values(resources, (d) => d.pillars.map((p: {_ref: string}) => p._ref))).toEqual(
      new Set([1, 2, 3, 4, 5, 6].map((n) => `pillar-${n}`)),
    )
    expect(resources.filter((d) => d.file).length).toBeGreaterThan(0)
    expect(resources.filter((d) => d.url).length).toBeGreaterThan(0)
    expect(resources.filter((d) => d.language === 'es').length).toBeGreaterThan(0)
  })

  it('has 16+ events in at least four time zones, past and upcoming, in every format, one cancelled and one postponed', () => {
    const events = ofType('event')
    expect(events.length).toBeGreaterThanOrEqual(16)
    expect(values(events, (d) => d.timeZone).size).toBeGreaterThanOrEqual(4)
    expect(values(events, (d) => d.format)).toEqual(new Set(EVENT_FORMATS.map((f) => f.value)))
    expect(events.filter((d) => new Date(d.end) < SAMPLE_TODAY).length).toBeGreaterThanOrEqual(4)
    expect(events.filter((d) => new Date(d.start) > SAMPLE_TODAY).length).toBeGreaterThanOrEqual(4)
    expect(events.filter((d) => d.status === 'cancelled')).toHaveLength(1)
    expect(events.filter((d) => d.status === 'postponed')).toHaveLength(1)
  })
})

describe('every sample document', () => {
  // About 170 documents, each through every rule (some query the stand-in): 15-20 s alone, longer beside other tests.
  it("passes every rule of the Studio, run by Sanity's own rule engine", {timeout: 90_000}, async () => {
    const failures: string[] = []
    for (const document of lake.filter((doc) => !String(doc._type).startsWith('sanity.'))) {
      for (const error of await validator.errors(document)) failures.push(`${document._type} ${document._id}: ${error}`)
    }
    expect(failures).toEqual([])
  })

  it('references only documents that exist', () => {
    const ids = new Set(lake.map((doc) => doc._id))
    const dangling: string[] = []
    const visit = (value: unknown, owner: string) => {
      if (Array.isArray(value)) return value.forEach((item) => visit(item, owner))
      if (!value || typeof value !== 'object') return
      const ref = (value as {_ref?: unknown})._ref
      if (typeof ref === 'string' && !ids.has(ref)) dangling.push(`${owner} -> ${ref}`)
      Object.values(value).forEach((child) => visit(child, owner))
    }
    for (const doc of lake) visit(doc, doc._id)
    expect(dangling).toEqual([])
  })

  it('points only at image and file assets that exist beside the dataset', () => {
    const references = JSON.stringify(raw).match(/(image|file)@file:\/\/\.\/[^"]+/g) ?? []
    expect(references.length).toBeGreaterThan(20)
    const missing = references.filter(
      (reference) => !existsSync(join(dirname(SAMPLE_DATASET_PATH), reference.replace(/^(image|file)@file:\/\/\.\//, ''))),
    )
    expect(missing).toEqual([])
  })
})

describe('the sample asset documents read on their own', () => {
  it('are the asset documents the whole dataset yields, read from only the lines that name a file', async () => {
    const ofAssets = (docs: {_id: string; _type: string}[]) =>
      docs.filter((doc) => doc._type.startsWith('sanity.')).sort((a, b) => a._id.localeCompare(b._id))
    const assets = await loadSampleAssetDocuments(SAMPLE_DATASET_PATH)
    expect(assets.length).toBeGreaterThan(0)
    expect(ofAssets(assets)).toEqual(ofAssets(lake as {_id: string; _type: string}[]))
  })
})
