/**
 * From inquiries to a pairing, over the sample's invented inquiries: the matches an inquiry shows
 * (the other side's open inquiries and the partnerships in its state, its city first), and the
 * draft partnership "Start a partnership" makes: both sides, their contacts, their consent as far as
 * their answers reach. Completed by an editor, it passes every rule of the Studio (Sanity's own
 * engine) and the build's validation.
 */
import {describe, expect, it} from 'vitest'
import {evaluate, parse} from 'groq-js'
import {partnershipFromInquiries, type StoredInquiry} from '@onecop/content-model'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import {createDatasetSource} from '../../src/sanity/dataset-source'
import {loadDocuments} from '../../src/sanity/load-documents'
import {INQUIRY_MATCHES_QUERY, matchParams, type InquiryMatches} from '../../studio/plugins/inquiries/inquiry-matches'
import {studioValidatorOverSample} from '../support/studio-validation'

const sample = studioValidatorOverSample()
const inquiry = (id: string) => sample.dataset.find((doc) => doc._id === id) as StoredInquiry
const recorded = {recordedBy: 'Ada Administrator', recordedOn: '2026-12-07'}

async function matchesOf(id: string): Promise<InquiryMatches> {
  const params = matchParams(inquiry(id))!
  return (await evaluate(parse(INQUIRY_MATCHES_QUERY, {params}), {dataset: sample.dataset, params})).get()
}

describe('an inquiry’s possible matches', () => {
  it('are the other side’s open inquiries and the partnerships in its state, its city first', async () => {
    const matches = await matchesOf('inquiry.sample-congregation-atlanta')
    expect(matches.inquiries.map((match) => [match._id, match.sameCity])).toEqual([['inquiry.sample-agency-atlanta', true]])
    const inGeorgia = sample.dataset.filter((doc) => doc._type === 'partnership' && doc.agency.state === 'GA')
    expect(matches.partnerships).toHaveLength(inGeorgia.length)
    const sameCity = matches.partnerships.map((match) => match.sameCity)
    expect(sameCity).toEqual([...sameCity].sort((a, b) => Number(b) - Number(a)))
    expect(sameCity.filter(Boolean).length).toBe(inGeorgia.filter((doc) => doc.agency.city === 'Atlanta').length)
  })

  it('leave out inquiries of the same side, other states, and closed or matched ones; a format request has none', async () => {
    const fromMacon = await matchesOf('inquiry.sample-congregation-macon')
    expect(fromMacon.inquiries.map((match) => [match._id, match.sameCity])).toEqual([['inquiry.sample-agency-atlanta', false]])
    const fromAgency = await matchesOf('inquiry.sample-agency-atlanta')
    expect(fromAgency.inquiries.map((match) => match._id)).toEqual([
      'inquiry.sample-congregation-atlanta',
      'inquiry.sample-congregation-macon',
    ])
    expect(matchParams(inquiry('inquiry.sample-format-large-print'))).toBeUndefined()
  })
})

describe('"Start a partnership"', () => {
  const congregation = () => inquiry('inquiry.sample-congregation-atlanta')
  const agency = () => inquiry('inquiry.sample-agency-atlanta')

  it('fills both sides, their contacts as liaisons and their consent as far as their answers reach', () => {
    const draft = partnershipFromInquiries(congregation(), agency(), recorded)
    expect(draft).toMatchObject({
      _type: 'partnership',
      status: 'forming',
      congregation: {name: 'West End Fellowship Church (sample)', city: 'Atlanta', state: 'GA'},
      agency: {name: 'Atlanta Police Department, Zone 1 (sample)', city: 'Atlanta', state: 'GA'},
      // Shared contact and listed: liaison names and links, and name, city and state.
      congregationConsent: {
        location: 'city',
        liaisonNames: true,
        contactLinks: true,
        recordedBy: 'Ada Administrator',
        recordedAt: '2026-12-07',
      },
      // Shared contact, listing unanswered: no place recorded, it stays withheld.
      agencyConsent: {liaisonNames: true, contactLinks: true, recordedBy: 'Ada Administrator'},
      liaisons: [
        {party: 'congregation', name: 'Miriam Okafor (sample)', contactUrl: 'mailto:miriam.okafor@example.org'},
        {party: 'agency', name: 'Lt. Dana Whitfield (sample)', contactUrl: 'mailto:dana.whitfield@example.org'},
      ],
    })
    expect(draft.agencyConsent).not.toHaveProperty('location')
  })

  it('records nothing for a side that answered nothing, and "no" as no', () => {
    const silent = {...congregation(), consent: undefined}
    const draft = partnershipFromInquiries(silent, {...agency(), consent: {shareContact: {question: 'q', answer: 'no'}}}, recorded)
    expect(draft).not.toHaveProperty('congregationConsent')
    expect(draft.agencyConsent).toMatchObject({liaisonNames: false, contactLinks: false})
    expect(draft.liaisons?.map((liaison) => liaison.party)).toEqual(['agency'])
    expect(() => partnershipFromInquiries(agency(), congregation(), recorded)).toThrow(/congregation’s inquiry with an agency’s/)
  })

  it('makes a draft that, completed by an editor, the Studio lets publish and the site builds', async () => {
    const completed = {
      ...partnershipFromInquiries(congregation(), agency(), recorded),
      _id: 'partnership-from-inquiries',
      slug: {_type: 'slug', current: 'west-end-fellowship-church'},
      launched: '2026-12-20',
      congregation: {...partnershipFromInquiries(congregation(), agency(), recorded).congregation, faithTradition: 'protestant'},
      agency: {...partnershipFromInquiries(congregation(), agency(), recorded).agency, unit: 'Zone 1'},
    }
    expect(await sample.validator.errors(completed)).toEqual([])
    const source = createDatasetSource(() => [...sample.dataset, completed], 'the sample with the new pairing')
    const partnerships = await loadDocuments(source, {...collectionSpecs.partnerships, collection: 'partnerships'}, 'en')
    expect(partnerships.map((entry) => (entry as {_id: string})._id)).toContain('partnership-from-inquiries')
    // As made, before the editor completes it, the Studio refuses it: an editor must finish it.
    expect((await sample.validator.errors(partnershipFromInquiries(congregation(), agency(), recorded))).length).toBeGreaterThan(0)
  })
})
