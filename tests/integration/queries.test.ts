import {describe, expect, it} from 'vitest'
import {pillarSchema, resourceSchema} from '../../src/sanity/collection-schemas'
import {loadDocuments} from '../../src/sanity/load-documents'
import {objectivesQuery, pagesQuery, pillarsQuery, resourcesQuery} from '../../src/sanity/queries'
import {createDatasetSource} from '../../src/sanity/dataset-source'
import {createSampleSource} from '../../src/sanity/sample-source'
import {sampleDocuments} from '../support/sample-dataset'

const source = createSampleSource()

describe('pillarsQuery over the sample dataset', () => {
  it('returns the six pillars in report order, each passing validation', async () => {
    const pillars = await loadDocuments(source, {
      collection: 'pillars',
      queryName: 'pillarsQuery',
      query: pillarsQuery,
      schema: pillarSchema,
      translated: true,
    })
    expect(pillars.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(pillars.map((p) => p.name)).toEqual([
      'Building Trust & Legitimacy',
      'Policy & Oversight',
      'Technology & Social Media',
      'Community Policing & Crime Reduction',
      'Training & Education',
      'Officer Wellness & Safety',
    ])
    expect(pillars.find((p) => p.number === 6)?.otherNames).toEqual(['Officer Safety and Wellness'])
    expect(pillars.find((p) => p.number === 1)?.otherNames).toEqual([])
  })
})

describe('resourcesQuery over the sample dataset', () => {
  it('returns every resource, with references resolved to pillar ids', async () => {
    const raw = (await sampleDocuments()).filter((d) => d._type === 'resource')
    const resources = await loadDocuments(source, {
      collection: 'resources',
      queryName: 'resourcesQuery',
      query: resourcesQuery,
      schema: resourceSchema,
    })
    expect(resources.length).toBeGreaterThanOrEqual(12)
    expect(resources).toHaveLength(raw.length)
    const wellness = resources.find((r) => r.slug === 'officer-wellness-conversation')
    expect(wellness?.pillars).toEqual(['pillar-6'])
  })

  it("projects references with their target's type, so a missing or mistyped one is visible", async () => {
    const result = (await source.fetch('resourcesQuery', resourcesQuery)) as {pillars: {_ref: string; targetType: string | null}[]}[]
    for (const resource of result) {
      for (const reference of resource.pillars) expect(reference.targetType).toBe('pillar')
    }
  })
})

describe('translated documents in the Content Lake', () => {
  it('do not add a pillar, objective or page: the site reads English originals only', async () => {
    const sample = await sampleDocuments()
    const spanish = sample
      .filter((doc) => ['pillar', 'programObjective', 'page'].includes(doc._type))
      .map((doc) => ({...structuredClone(doc), _id: `${doc._id}-es`, language: 'es'}))
    expect(spanish.length).toBeGreaterThan(0)
    const withSpanish = createDatasetSource(() => [...sample, ...spanish], 'sample dataset with Spanish translations')
    for (const query of [pillarsQuery, objectivesQuery, pagesQuery]) {
      const english = (await source.fetch('query', query, {language: 'en'})) as {_id: string}[]
      const both = (await withSpanish.fetch('query', query, {language: 'en'})) as {_id: string}[]
      expect(english.length).toBeGreaterThan(0)
      expect(both.map((doc) => doc._id).sort()).toEqual(english.map((doc) => doc._id).sort())
    }
    // A document from before translations (no language) is English.
    const {language: _, ...legacy} = sample.find((doc) => doc._id === 'pillar-1')!
    const legacySource = createDatasetSource(() => [...sample.filter((doc) => doc._id !== 'pillar-1'), legacy], 'legacy pillar')
    expect(((await legacySource.fetch('pillarsQuery', pillarsQuery, {language: 'en'})) as unknown[]).length).toBe(6)
  })

  it("give a Spanish reader the linked translation's text, with structure from the English, and English where none is linked", async () => {
    // The sample without its own translations, then one linked and one unlinked.
    const sample = (await sampleDocuments()).filter((doc) => doc.language !== 'es' && doc._type !== 'translation.metadata')
    const english = sample.find((doc) => doc._id === 'pillar-1')!
    const translation = {
      ...structuredClone(english),
      _id: 'pillar-1-es',
      language: 'es',
      name: 'Generar confianza y legitimidad',
      number: 5,
      slug: {_type: 'slug', current: 'otra'},
    }
    // A translation nothing links to is not shown: the desk lists it as missing.
    const unlinked = {
      ...structuredClone(sample.find((doc) => doc._id === 'pillar-2')!),
      _id: 'pillar-2-es',
      language: 'es',
      name: 'Políticas y supervisión',
    }
    const metadata = {
      _id: 'translation.metadata.pillar-1',
      _type: 'translation.metadata',
      schemaTypes: ['pillar'],
      translations: [
        {_key: 'a', _type: 'internationalizedArrayReferenceValue', language: 'en', value: {_type: 'reference', _ref: 'pillar-1'}},
        {_key: 'b', _type: 'internationalizedArrayReferenceValue', language: 'es', value: {_type: 'reference', _ref: 'pillar-1-es'}},
      ],
    }
    const translated = createDatasetSource(() => [...sample, translation, unlinked, metadata], 'sample dataset with a Spanish pillar')
    type Row = {_id: string; number: number; slug: string; name: string; language: string; textId: string}
    const inSpanish = (await translated.fetch('pillarsQuery', pillarsQuery, {language: 'es'})) as Row[]
    expect(inSpanish).toHaveLength(6)
    expect(inSpanish.find((pillar) => pillar._id === 'pillar-1')).toMatchObject({
      name: 'Generar confianza y legitimidad',
      language: 'es',
      textId: 'pillar-1-es',
      number: 1,
      slug: 'building-trust-and-legitimacy',
    })
    expect(inSpanish.find((pillar) => pillar._id === 'pillar-2')).toMatchObject({
      name: 'Policy & Oversight',
      language: 'en',
      textId: 'pillar-2',
    })
    const inEnglish = (await translated.fetch('pillarsQuery', pillarsQuery, {language: 'en'})) as Row[]
    expect(inEnglish.find((pillar) => pillar._id === 'pillar-1')).toMatchObject({name: 'Building Trust & Legitimacy', language: 'en'})
  })
})
