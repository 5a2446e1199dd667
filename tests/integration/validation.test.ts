import {describe, expect, it} from 'vitest'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {ContentSourceError, ContentValidationError} from '../../src/sanity/content-errors'
import {pillarSchema, resourceSchema} from '../../src/sanity/collection-schemas'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import {loadDocuments} from '../../src/sanity/load-documents'
import {pillarsQuery, resourcesQuery} from '../../src/sanity/queries'
import {createSampleSource} from '../../src/sanity/sample-source'
import {sampleDocuments} from '../support/sample-dataset'

/** A sample source over the given documents, written to a temporary NDJSON file. */
async function sourceOver(documents: unknown[]) {
  const dir = await mkdtemp(join(tmpdir(), 'onecop-dataset-'))
  const path = join(dir, 'production.ndjson')
  await writeFile(path, documents.map((d) => JSON.stringify(d)).join('\n') + '\n')
  return createSampleSource(path)
}

const resourcesSpec = {collection: 'resources', queryName: 'resourcesQuery', query: resourcesQuery, schema: resourceSchema}
const pillarsSpec = {
  collection: 'pillars',
  queryName: 'pillarsQuery',
  query: pillarsQuery,
  schema: pillarSchema,
  required: true,
  translated: true,
}

async function validationFailure(promise: Promise<unknown>): Promise<ContentValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ContentValidationError)
  return error as ContentValidationError
}

describe('a document that fails validation', () => {
  it('is listed as `_type _id: field: problem`, every bad document and every problem', async () => {
    const documents = await sampleDocuments()
    const broken = documents.map((doc) => {
      if (doc._id === 'resource-program-one-pager') return {...doc, title: undefined}
      if (doc._id === 'resource-safety-briefing-toolkit') return {...doc, url: 'javascript:alert(1)'}
      if (doc._id === 'resource-body-camera-explainer') return {...doc, resourceType: 'podcast'}
      if (doc._id === 'resource-community-forum-template') return {...doc, slug: {_type: 'slug', current: 'Forum Template!'}}
      return doc
    })
    const error = await validationFailure(loadDocuments(await sourceOver(broken), resourcesSpec))
    const lines = error.message.split('\n')
    expect(lines[0]).toMatch(/^4 entries in the "resources" collection from the sample dataset \(.*\) cannot be published \(4 problems\):$/)
    expect(lines).toContain('  resource resource-program-one-pager: title: is missing: fill it in and publish')
    expect(lines).toContain(
      '  resource resource-safety-briefing-toolkit: url: is not a full address: use one starting with https://, http:// or mailto:',
    )
    expect(lines).toContain(
      '  resource resource-body-camera-explainer: resourceType: is "podcast", but must be one of "toolkit", "guide", "report", "flyer", "template", "video", "one-pager", "social-media-kit": pick one in the Studio',
    )
    expect(lines).toContain(
      '  resource resource-community-forum-template: slug: the web address "Forum Template!" can only have lower-case letters, digits and single hyphens: press Generate (it gives "forum-template")',
    )
    expect(error.problems).toHaveLength(4)
  })

  it('says what a wrong number or a wrong kind of value is, and what to do', async () => {
    const documents = (await sampleDocuments()).map((doc) => {
      if (doc._id === 'pillar-1') return {...doc, number: 7}
      if (doc._id === 'pillar-2') return {...doc, number: 1.5}
      if (doc._id === 'pillar-3') return {...doc, number: '3', otherNames: 'Tech'}
      return doc
    })
    const error = await validationFailure(loadDocuments(await sourceOver(documents), pillarsSpec))
    const lines = error.message.split('\n')
    expect(lines).toContain('  pillar pillar-1: number: is 7, but must be at most 6: fix it in the Studio')
    expect(lines).toContain('  pillar pillar-2: number: is 1.5, but must be a whole number: fix it in the Studio')
    expect(lines).toContain('  pillar pillar-3: number: is "3", but must be a number: fix it in the Studio')
    expect(lines).toContain('  pillar pillar-3: otherNames: is "Tech", but must be a list: fix it in the Studio')
  })

  it('takes a state from the list only, and says what to pick', async () => {
    const id = 'partnership-greater-hope-baptist-church-atlanta'
    const documents = (await sampleDocuments()).map((doc) =>
      doc._id === id ? {...doc, agency: {...doc.agency, state: 'ZZ'}, congregation: {...doc.congregation, state: 'ga'}} : doc,
    )
    const spec = {...collectionSpecs.partnerships, collection: 'partnerships'}
    const error = await validationFailure(loadDocuments(await sourceOver(documents), spec))
    const lines = error.message.split('\n')
    expect(lines).toContain(
      `  partnership ${id}: agency.state: is "ZZ", which is not a US state, DC or territory: pick the place from the list, e.g. Georgia (GA)`,
    )
    expect(lines).toContain(
      `  partnership ${id}: congregation.state: is "ga": write the code as the list does, GA, or pick Georgia from the list`,
    )
    // A territory is a place like any other.
    const inPuertoRico = (await sampleDocuments()).map((doc) => (doc._id === id ? {...doc, agency: {...doc.agency, state: 'PR'}} : doc))
    const partnerships = await loadDocuments(await sourceOver(inPuertoRico), spec)
    expect(partnerships.find((partnership) => partnership._id === id)?.agency.state).toBe('PR')
  })

  it('includes a reference to a document that does not exist', async () => {
    const documents = (await sampleDocuments()).filter((doc) => doc._id !== 'pillar-3')
    const error = await validationFailure(loadDocuments(await sourceOver(documents), resourcesSpec))
    const referrers = documents.filter((doc) => doc._type === 'resource' && doc.pillars.some((p: {_ref: string}) => p._ref === 'pillar-3'))
    expect(referrers.length).toBeGreaterThan(0)
    for (const doc of referrers) {
      const index = doc.pillars.findIndex((p: {_ref: string}) => p._ref === 'pillar-3')
      expect(error.message).toContain(
        `  resource ${doc._id}: pillars[${index}]: points to the pillar "pillar-3", which does not exist or is not published: publish that pillar or remove the reference`,
      )
    }
  })

  it('catches two documents that would publish to one address', async () => {
    const documents = (await sampleDocuments()).map((doc) =>
      doc._id === 'pillar-2' ? {...doc, slug: {_type: 'slug', current: 'building-trust-and-legitimacy'}} : doc,
    )
    const error = await validationFailure(loadDocuments(await sourceOver(documents), pillarsSpec))
    expect(error.message).toContain(
      '  pillar pillar-2: slug: "building-trust-and-legitimacy" is already used by pillar pillar-1: give one of them another slug',
    )
  })
})

describe('the sample source', () => {
  it('ignores drafts and release versions, as the published perspective does', async () => {
    const documents = await sampleDocuments()
    const pillar1 = documents.find((doc) => doc._id === 'pillar-1')!
    const source = await sourceOver([
      ...documents,
      {...pillar1, _id: 'drafts.pillar-1', name: 'Draft name'},
      {...pillar1, _id: 'versions.r1.pillar-1', name: 'Release name'},
    ])
    const pillars = await loadDocuments(source, pillarsSpec)
    expect(pillars).toHaveLength(6)
    expect(pillars[0].name).toBe('Building Trust & Legitimacy')
  })

  it('names the line of a dataset that is not NDJSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onecop-dataset-'))
    const path = join(dir, 'production.ndjson')
    await writeFile(path, '{"_id":"a","_type":"pillar"}\n{"_id": "b", oops}\n')
    const error = await createSampleSource(path)
      .fetch('pillarsQuery', pillarsQuery, {language: 'en'})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentSourceError)
    expect((error as Error).message).toMatch(new RegExp(`^The sample dataset ${path} is not valid NDJSON: line 2: `))
  })

  it('names the entry and field of an image whose file is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onecop-dataset-'))
    const path = join(dir, 'production.ndjson')
    const partner = {
      _id: 'partner-x',
      _type: 'partner',
      logo: {_type: 'accessibleImage', alt: 'Logo', _sanityAsset: 'image@file://./images/missing.png'},
    }
    await writeFile(path, JSON.stringify(partner) + '\n')
    const error = await createSampleSource(path)
      .fetch('pillarsQuery', pillarsQuery, {language: 'en'})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentSourceError)
    expect((error as Error).message).toBe(
      `partner partner-x: logo: the file images/missing.png is missing from ${dir}. Add the file or remove the image from that field.`,
    )
  })

  it('refuses to build the site without pillars', async () => {
    const documents = (await sampleDocuments()).filter((doc) => doc._type !== 'pillar')
    const error = await loadDocuments(await sourceOver(documents), pillarsSpec).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentSourceError)
    expect((error as Error).message).toContain('"pillarsQuery"')
    expect((error as Error).message).toContain('returned nothing')
  })
})
