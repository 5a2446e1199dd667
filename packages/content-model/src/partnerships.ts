/**
 * Partnerships: one congregation paired with one precinct, sheriff's district or agency. Houses
 * of worship are also targets, so what the site may publish about each party is what that party
 * agreed to, recorded in the Studio: a party's place, its liaisons' names and their contact links
 * are published only with consent, and a value with no consent recorded for it cannot be
 * published at all. The queries (`partnershipsQuery`) leave withheld values in the Content Lake.
 */
import {hasText} from './text.ts'

/** Where a pairing stands. */
export const PARTNERSHIP_STATUSES = [
  {title: 'Forming', value: 'forming'},
  {title: 'Active', value: 'active'},
  {title: 'Paused', value: 'paused'},
  {title: 'Ended', value: 'ended'},
] as const

/** Faith traditions, as congregations name themselves in the directory. */
export const FAITH_TRADITIONS = [
  {title: 'Christian (Protestant)', value: 'protestant'},
  {title: 'Christian (Catholic)', value: 'catholic'},
  {title: 'Christian (Orthodox)', value: 'orthodox'},
  {title: 'Jewish', value: 'jewish'},
  {title: 'Muslim', value: 'muslim'},
  {title: 'Sikh', value: 'sikh'},
  {title: 'Hindu', value: 'hindu'},
  {title: 'Buddhist', value: 'buddhist'},
  {title: 'Interfaith', value: 'interfaith'},
  {title: 'Other', value: 'other'},
] as const

/** The law-enforcement side of a pairing. */
export const AGENCY_UNIT_KINDS = [
  {title: 'Police precinct', value: 'precinct'},
  {title: "Sheriff's district", value: 'sheriff-district'},
  {title: 'Agency', value: 'agency'},
] as const

/**
 * How much of where a party is may be published, from least to most: its name only; its city and
 * state; its full address.
 */
export const LOCATION_CONSENT = [
  {title: 'Name only', value: 'name'},
  {title: 'City and state', value: 'city'},
  {title: 'Full address', value: 'address'},
] as const

/** The two sides of a pairing, as liaisons belong to them. */
export const PARTNERSHIP_PARTIES = [
  {title: 'Congregation', value: 'congregation'},
  {title: 'Law enforcement', value: 'agency'},
] as const

/** What one party agreed may be published, and who recorded it when. */
export interface ConsentRecord {
  location?: string | null
  liaisonNames?: boolean | null
  contactLinks?: boolean | null
  recordedBy?: string | null
  recordedAt?: string | null
  /** Whether it was recorded, as the site's query reports it (it never reads who recorded it). */
  recorded?: boolean | null
}

/** A consent counts once it says who recorded it and when: a tick box alone is no record. */
export const isRecorded = (consent: ConsentRecord | null | undefined): boolean =>
  Boolean(consent) && (consent!.recorded ?? (hasText(consent!.recordedBy) && hasText(consent!.recordedAt)))

/**
 * A consent that allows something (a place, liaison names, contact links) but does not say who
 * recorded it and when. Reported on the consent's "recorded by". Switches left off allow nothing
 * and need no record: a new partnership's law-enforcement consent starts that way.
 */
export function consentRecordProblem(consent: ConsentRecord | null | undefined): string | undefined {
  if (!consent || isRecorded(consent)) return undefined
  const allows = Boolean(consent.location) || consent.liaisonNames === true || consent.contactLinks === true
  return allows ? 'is missing: say who recorded this consent and on what date, or the answers count for nothing' : undefined
}

/** The party names it is published under; the congregation must have agreed to that much. Reported on its consent. */
export function congregationConsentProblem(consent: ConsentRecord | null | undefined): string | undefined {
  return isRecorded(consent) && consent!.location
    ? undefined
    : 'is not recorded: record what the congregation agreed to publish (at least its name), who recorded it and when, before publishing the partnership'
}

/** A street address needs its party's consent on record (given or withheld). Reported on the address. */
export function streetAddressProblem(street: string | null | undefined, consent: ConsentRecord | null | undefined): string | undefined {
  return hasText(street) && !isRecorded(consent)
    ? 'has no consent on record: record whether the congregation agrees to publish its full address (the site shows it only if it does), or clear it'
    : undefined
}

/** A liaison's name, or contact link, needs its party's consent on record. Reported on the liaison. */
export function liaisonConsentProblem(
  liaison: {party?: string | null; contactUrl?: string | null},
  consents: {congregation?: ConsentRecord | null; agency?: ConsentRecord | null},
): string | undefined {
  const party = liaison.party === 'agency' ? 'agency' : 'congregation'
  if (isRecorded(consents[party])) return undefined
  const whose = party === 'agency' ? "the law-enforcement side's" : "the congregation's"
  return `has no consent on record: record ${whose} consent (liaison names${liaison.contactUrl ? ' and contact links' : ''}: yes or no) before adding liaisons`
}
