/** The consent rules of partnerships, shared by the Studio and the build. */
import {describe, expect, it} from 'vitest'
import {
  congregationConsentProblem,
  consentRecordProblem,
  isRecorded,
  liaisonConsentProblem,
  streetAddressProblem,
} from '@onecop/content-model'

const recorded = {location: 'city', liaisonNames: false, contactLinks: false, recordedBy: 'Program staff', recordedAt: '2026-03-01'}

describe('consent to publish', () => {
  it('counts as recorded only with who recorded it and when', () => {
    expect(isRecorded(recorded)).toBe(true)
    expect(isRecorded({...recorded, recordedBy: '  '})).toBe(false)
    expect(isRecorded({...recorded, recordedAt: null})).toBe(false)
    expect(isRecorded(undefined)).toBe(false)
    // As the site's query reports it, without the recorder's name.
    expect(isRecorded({location: 'city', recorded: true})).toBe(true)
    expect(consentRecordProblem({location: 'address'})).toMatch(/who recorded this consent/)
    expect(consentRecordProblem(recorded)).toBeUndefined()
    expect(consentRecordProblem({})).toBeUndefined()
    // Switches left off (as a new partnership's start) allow nothing, so they need no record; one switched on does.
    expect(consentRecordProblem({liaisonNames: false, contactLinks: false})).toBeUndefined()
    expect(consentRecordProblem({liaisonNames: false, contactLinks: true})).toMatch(/who recorded this consent/)
    expect(consentRecordProblem({liaisonNames: true, contactLinks: false})).toMatch(/who recorded this consent/)
  })

  it('is needed from the congregation before a partnership names it', () => {
    expect(congregationConsentProblem(undefined)).toMatch(/^is not recorded: record what the congregation agreed to publish/)
    expect(congregationConsentProblem({...recorded, location: null})).toMatch(/is not recorded/)
    expect(congregationConsentProblem(recorded)).toBeUndefined()
  })

  it('must be on record, given or withheld, for a street address', () => {
    expect(streetAddressProblem('12 Oak St', undefined)).toMatch(/has no consent on record/)
    // Withheld (city only) is on record: the address is kept, and the site does not show it.
    expect(streetAddressProblem('12 Oak St', recorded)).toBeUndefined()
    expect(streetAddressProblem(null, undefined)).toBeUndefined()
  })

  it("must be on record from a liaison's own side", () => {
    expect(liaisonConsentProblem({party: 'agency'}, {congregation: recorded})).toMatch(/the law-enforcement side's consent/)
    expect(liaisonConsentProblem({party: 'congregation', contactUrl: 'mailto:a@example.org'}, {})).toMatch(
      /liaison names and contact links/,
    )
    expect(liaisonConsentProblem({party: 'congregation'}, {congregation: recorded})).toBeUndefined()
    expect(liaisonConsentProblem({party: 'agency'}, {agency: recorded})).toBeUndefined()
  })
})
