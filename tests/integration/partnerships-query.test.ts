/**
 * Partnerships through the content door: what a side withheld never leaves the query, what it
 * agreed to does, and a value held without consent on record stops the build by name.
 */
import {describe, expect, it} from 'vitest'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import {ContentValidationError} from '../../src/sanity/content-errors'
import {createDatasetSource} from '../../src/sanity/dataset-source'
import {loadDocuments} from '../../src/sanity/load-documents'
import {partnershipsQuery} from '../../src/sanity/queries'
import {sampleDocuments} from '../support/sample-dataset'
import {valuesByConsent} from '../support/partnership-consent'

const spec = {...collectionSpecs.partnerships, collection: 'partnerships'}

describe('partnershipsQuery', () => {
  it('returns what each side agreed to publish and nothing it withheld', async () => {
    const sample = await sampleDocuments()
    const partnerships = sample.filter((doc) => doc._type === 'partnership')
    const result = await loadDocuments(
      createDatasetSource(() => sample, 'the sample dataset'),
      spec,
    )
    expect(result).toHaveLength(partnerships.length)
    let withheldCount = 0
    for (const doc of partnerships) {
      const published = JSON.stringify(result.find((entry) => entry._id === doc._id))
      const {withheld, shown} = valuesByConsent(doc)
      for (const value of withheld) expect(published, `${doc._id} publishes a withheld value`).not.toContain(value)
      for (const value of shown) expect(published, `${doc._id} leaves out an agreed value`).toContain(value)
      // "Name only": not even the congregation's city (the agency's, a public body's, is shown).
      const congregation = result.find((entry) => entry._id === doc._id)!.congregation
      if (doc.congregationConsent.location === 'name') expect(congregation).toMatchObject({city: null, state: null})
      withheldCount += withheld.length
    }
    // The sample withholds something of every kind.
    expect(withheldCount).toBeGreaterThan(partnerships.length * 2)
  })

  it('stops the build when an address or a liaison is held with no consent on record, naming the field', async () => {
    const sample = await sampleDocuments()
    const doc = sample.find((candidate) => candidate._type === 'partnership' && candidate.congregation.streetAddress)!
    delete doc.congregationConsent
    doc.agencyConsent = undefined
    const error = await loadDocuments(
      createDatasetSource(() => sample, 'a changed sample'),
      spec,
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentValidationError)
    const lines = (error as ContentValidationError).problems.map((problem) => `${problem.id} ${problem.field}: ${problem.problem}`)
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${doc._id} congregationConsent: is not recorded`)))
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${doc._id} congregation.streetAddress: has no consent on record`)))
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${doc._id} liaisons\\[1\\]\\.name: has no consent on record`)))
  })

  it('reads consent without reading who recorded it', () => {
    expect(partnershipsQuery).not.toMatch(/recordedBy\s*[,}]/)
  })
})
