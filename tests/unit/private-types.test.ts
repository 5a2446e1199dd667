/**
 * Private types (`PRIVATE_DOCUMENT_TYPES`: inquiries) stay out of the site by construction: every
 * query scans the dataset only for the public types it names, no public type can reference a
 * private one (so no `->` reaches one), and the Sanity webhook neither filters for one nor builds
 * for one. The marker test (tests/process/inquiry-privacy.test.ts) checks the built result.
 */
import {describe, expect, it} from 'vitest'
import {PRIVATE_DOCUMENT_TYPES, isPathId} from '@onecop/content-model'
import * as queries from '../../src/sanity/queries'
import {siteDocumentTypes} from '../../src/sanity/collection-registry'
import {webhookDefinition} from '../../scripts/webhook-definition'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import {createDatasetSource} from '../../src/sanity/dataset-source'
import {loadDocuments} from '../../src/sanity/load-documents'
import {datasetScans} from '../../src/sanity/query-scans'
import {studioSchema} from '../support/studio-validation'

const isPrivate = (type: string) => (PRIVATE_DOCUMENT_TYPES as readonly string[]).includes(type)

const siteQueries = Object.entries(queries).filter(([, value]) => typeof value === 'string') as [string, string][]

describe('private types never reach the site', () => {
  it('the site has queries to check', () => expect(siteQueries.length).toBeGreaterThan(5))

  it.each(siteQueries)('%s scans the dataset only for public types it names', (_name, query) => {
    const found = datasetScans(query)
    expect(found.length).toBeGreaterThan(0)
    for (const {pinned} of found) {
      expect(pinned, 'every *[...] says which _type it reads').toBeDefined()
      expect(pinned!.filter(isPrivate)).toEqual([])
    }
  })

  it('a query that scans without naming a type is caught', () => {
    expect(datasetScans('*[references($id)]{title}')).toEqual([{pinned: undefined}])
    expect(datasetScans('*[_type == "inquiry"][0]')[0].pinned).toEqual(['inquiry'])
    expect(datasetScans('*[_type in ["partner", "inquiry"] && defined(name)]')[0].pinned).toEqual(['partner', 'inquiry'])
  })

  it('no public type can hold a reference to a private one', () => {
    const references: string[] = []
    const visit = (type: any, path: string, seen: Set<unknown>) => {
      if (!type || seen.has(type)) return
      seen.add(type)
      if (type.name === 'reference') for (const target of type.to ?? []) references.push(`${path} → ${target.name}`)
      for (const field of type.fields ?? []) visit(field.type, `${path}.${field.name}`, seen)
      for (const member of type.of ?? []) visit(member, `${path}[]`, seen)
    }
    for (const name of studioSchema.getTypeNames()) {
      const type = studioSchema.get(name)
      if (type?.type?.name === 'document' && !isPrivate(name)) visit(type, name, new Set())
    }
    expect(references).toContain('partnership.resources[] → resource')
    expect(references.filter((reference) => PRIVATE_DOCUMENT_TYPES.some((type) => reference.endsWith(`→ ${type}`)))).toEqual([])
  })

  it('the webhook neither asks for private types nor builds for them', () => {
    const filter = webhookDefinition('https://onecop.example').filter
    for (const type of PRIVATE_DOCUMENT_TYPES) {
      expect(siteDocumentTypes()).not.toContain(type)
      expect(filter).not.toContain(JSON.stringify(type))
    }
  })

  it('a build stops, without printing the values, if a query returns a private document after all', async () => {
    const inquiry = {_id: 'inquiry.abc', _type: 'inquiry', organization: 'Zqsecretxq'}
    const source = createDatasetSource(() => [inquiry, {_id: 'partner-1', _type: 'partner', name: 'A'}], 'a dataset with an inquiry')
    const leaky = {
      ...collectionSpecs.partners,
      collection: 'partners',
      query: '*[_type in ["partner", "inquiry"]]{..., "asked": *[_type == "inquiry"][0]}',
    }
    const refusal = loadDocuments(source, leaky)
    await expect(refusal).rejects.toThrow(/returned a private inquiry document, which no page may show/)
    await expect(refusal).rejects.not.toThrow(/Zqsecretxq/)
  })

  it('inquiries are kept on a path, which only a reader with a token sees', () => {
    expect(isPathId('inquiry.6766b2f1a0c4d3000812e0aa')).toBe(true)
    expect(isPathId('drafts.pillar-1')).toBe(true)
    expect(isPathId('pillar-1')).toBe(false)
  })
})
