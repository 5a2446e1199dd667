/**
 * Whatever the Studio lets an editor publish, the site builds. Every sample document is changed
 * in many ways (`tests/support/content-mutations.ts`); each change is checked by Sanity's own
 * rule engine with the Studio's schema, and by the build's validation with the site's query and
 * schema. No change may pass the Studio and fail the build.
 */
import {describe, expect, it} from 'vitest'
import {DEFAULT_LANGUAGE, LANGUAGES} from '@onecop/content-model'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import {ContentValidationError} from '../../src/sanity/content-errors'
import {createDatasetSource} from '../../src/sanity/dataset-source'
import {loadDocuments, type CollectionSpecs} from '../../src/sanity/load-documents'
import type {ContentSource} from '../../src/sanity/content-source'
import {mutationsOf, type Doc, type Mutation} from '../support/content-mutations'
import {oneChangeSource} from '../support/query-reach'
import {studioValidatorOverSample} from '../support/studio-validation'

const sample = studioValidatorOverSample()

type Spec = CollectionSpecs[string] & {documentType: string}
const specs: Record<string, Spec> = collectionSpecs

/**
 * The sample with one document changed, as a content source. It answers each query as groq-js
 * over the whole changed dataset would (the first tests below check that on the sample), with
 * only the work the change calls for: each query runs over just the documents it can read, and
 * a query that lists a row per document reruns only the changed document's row.
 */
const sampleWith = (changed: Doc): ContentSource => {
  withChange ??= oneChangeSource(sample.dataset, 'the mutated sample dataset')
  return withChange(changed)
}
let withChange: ((changed: Doc) => ContentSource) | undefined

/** What the build loads from `source` for a collection: its entries in each language it is built in. */
async function buildEntries(collection: string, source: ContentSource): Promise<unknown[][]> {
  const spec = specs[collection]
  const entries: unknown[][] = []
  // A translated type builds once per language: each must accept what the Studio published.
  for (const language of spec.translated ? LANGUAGES : [DEFAULT_LANGUAGE])
    entries.push(await loadDocuments(source, {...spec, collection}, language))
  return entries
}

/** The build's verdict on the dataset with `document` in place of its published version: its problems, or none. */
async function buildProblems(document: Doc): Promise<string[]> {
  const [collection] = Object.entries(specs).find(([, spec]) => spec.documentType === document._type)!
  try {
    await buildEntries(collection, sampleWith(document))
    return []
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map((p) => `${p.type} ${p.id}: ${p.field}: ${p.problem}`)
    throw error
  }
}

/** What the Studio and the build say of one change: error messages and problems, none when it passes. */
interface Verdicts {
  studio: string[]
  build: string[]
}

/**
 * How many changes are checked at once. A Studio check spends much of its time waiting, on its
 * lookups' HTTP round trips and on the timers its rule engine yields to between fields; other
 * changes' checks, the build's in particular, use the processor meanwhile.
 */
const CHECKS_AT_ONCE = 4

/** The Studio's and the build's verdicts on each change, in the changes' order. */
async function verdictsOn(mutations: Mutation[]): Promise<Verdicts[]> {
  const verdicts: Verdicts[] = []
  let next = 0
  const checkInTurn = async () => {
    try {
      for (let index = next++; index < mutations.length; index = next++) {
        const {document} = mutations[index]
        const [studio, build] = await Promise.all([sample.validator.errors(document), buildProblems(document)])
        verdicts[index] = {studio, build}
      }
    } catch (error) {
      // One check that cannot run fails the test; the others stop rather than run on into the next test.
      next = mutations.length
      throw error
    }
  }
  await Promise.all(Array.from({length: CHECKS_AT_ONCE}, checkInTurn))
  return verdicts
}

/** How many sample documents of each type are mutated. */
const DOCUMENTS_PER_TYPE = 12

const collections = Object.keys(specs)
const documentTypes = Object.values(specs).map((spec) => spec.documentType)
const tally = {mutations: 0, studioRefused: 0, buildRefused: 0}

describe('Studio and build agree', () => {
  it.each(collections)(
    'the build reads the same %s from the sample with a document "changed" as from the whole sample',
    async (collection) => {
      const unchanged = sample.dataset.find((doc) => doc._type === specs[collection].documentType)!
      const whole = createDatasetSource(() => sample.dataset, 'the sample dataset')
      expect(await buildEntries(collection, sampleWith(unchanged))).toEqual(await buildEntries(collection, whole))
    },
  )

  it.each(documentTypes)('every %s the Studio lets an editor publish builds', {timeout: 600_000}, async (type) => {
    // A dozen documents of a type cover its fields and their combinations; more only add minutes.
    const documents = sample.dataset.filter((doc) => doc._type === type).slice(0, DOCUMENTS_PER_TYPE)
    const mutations: Mutation[] = documents.flatMap((doc) => mutationsOf(doc, sample.dataset))
    const publishedButRefused: string[] = []
    const verdicts = await verdictsOn(mutations)
    for (const [index, {name}] of mutations.entries()) {
      const {studio, build} = verdicts[index]
      tally.mutations += 1
      if (studio.length > 0) tally.studioRefused += 1
      if (build.length > 0) tally.buildRefused += 1
      if (studio.length === 0 && build.length > 0) publishedButRefused.push(`${name}\n    build: ${build.join('\n    build: ')}`)
    }
    expect(mutations.length).toBeGreaterThan(0)
    expect(
      publishedButRefused,
      `${publishedButRefused.length} of ${mutations.length} changes pass the Studio but fail the build:\n${publishedButRefused.join('\n')}`,
    ).toEqual([])
  })

  it('covered at least 1,000 changes, many refused by both', () => {
    expect(tally.mutations).toBeGreaterThanOrEqual(1000)
    // The mutations must bite: a generator that only made harmless changes would prove nothing.
    expect(tally.studioRefused).toBeGreaterThan(tally.mutations / 2)
    expect(tally.buildRefused).toBeGreaterThan(tally.mutations / 3)
    // Nor would a Studio that refused everything (a rule that throws): many changes are harmless.
    expect(tally.mutations - tally.studioRefused).toBeGreaterThan(tally.mutations / 10)
  })
})
