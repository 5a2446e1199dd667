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
import {mutationsOf, type Mutation} from '../support/content-mutations'
import {studioValidatorOverSample} from '../support/studio-validation'

const sample = studioValidatorOverSample()

/** The build's verdict on the dataset with `document` in place of its published version: its problems, or none. */
async function buildProblems(document: Record<string, any>): Promise<string[]> {
  const specs: Record<string, CollectionSpecs[string] & {documentType: string}> = collectionSpecs
  const [collection, spec] = Object.entries(specs).find(([, candidate]) => candidate.documentType === document._type)!
  const documents = sample.dataset.map((other) => (other._id === document._id ? document : other))
  const source = createDatasetSource(() => documents, 'the mutated sample dataset')
  try {
    // A translated type builds once per language: each must accept what the Studio published.
    for (const language of spec.translated ? LANGUAGES : [DEFAULT_LANGUAGE]) await loadDocuments(source, {...spec, collection}, language)
    return []
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map((p) => `${p.type} ${p.id}: ${p.field}: ${p.problem}`)
    throw error
  }
}

/** How many sample documents of each type are mutated. */
const DOCUMENTS_PER_TYPE = 12

const documentTypes = Object.values(collectionSpecs).map((spec) => spec.documentType)
const tally = {mutations: 0, studioRefused: 0, buildRefused: 0}

describe('Studio and build agree', () => {
  it.each(documentTypes)('every %s the Studio lets an editor publish builds', {timeout: 600_000}, async (type) => {
    // A dozen documents of a type cover its fields and their combinations; more only add minutes.
    const documents = sample.dataset.filter((doc) => doc._type === type).slice(0, DOCUMENTS_PER_TYPE)
    const mutations: Mutation[] = documents.flatMap((doc) => mutationsOf(doc, sample.dataset))
    const publishedButRefused: string[] = []
    for (const {name, document} of mutations) {
      const studio = await sample.validator.errors(document)
      const build = await buildProblems(document)
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
