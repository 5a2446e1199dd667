/**
 * What the site accepts of a partnership (see `collection-schemas.ts` for the others): only what
 * its sides agreed to publish, as `partnershipsQuery` selects it, with the consent rules the Studio
 * runs (`@onecop/content-model`).
 */
import {z} from 'astro/zod'
import {
  AGENCY_UNIT_KINDS,
  FAITH_TRADITIONS,
  LOCATION_CONSENT,
  PARTNERSHIP_PARTIES,
  PARTNERSHIP_STATUSES,
  congregationConsentProblem,
  liaisonConsentProblem,
  stateCodeProblem,
  streetAddressProblem,
} from '@onecop/content-model'
import {
  calendarDate,
  checkedString,
  image,
  link,
  oneOf,
  optionalList,
  optionalText,
  portableText,
  references,
  reportOn,
  requiredText,
  slug,
} from './schema-fields'

/** What one side of a partnership agreed to publish; `recorded` says whether anyone recorded it. */
const consentSchema = z
  .object({
    location: oneOf(LOCATION_CONSENT).nullable(),
    liaisonNames: z.boolean().nullable(),
    contactLinks: z.boolean().nullable(),
    recorded: z.boolean(),
  })
  .nullable()

/**
 * A partnership, as far as its sides agreed to publish it (the query leaves the rest in the
 * Lake). The build refuses what the Studio refuses: no recorded consent from the congregation, or
 * an address or liaison held without consent on record.
 */
export const partnershipSchema = z
  .object({
    _id: z.string(),
    _type: z.literal('partnership'),
    slug,
    status: oneOf(PARTNERSHIP_STATUSES),
    launched: calendarDate,
    congregationConsent: consentSchema,
    agencyConsent: consentSchema,
    congregation: z.object({
      name: requiredText,
      faithTradition: oneOf(FAITH_TRADITIONS),
      website: link.nullable(),
      city: optionalText,
      state: checkedString(stateCodeProblem).nullable(),
      streetAddress: optionalText,
      postalCode: optionalText,
      holdsStreetAddress: z.boolean(),
    }),
    agency: z.object({
      name: requiredText,
      unitKind: oneOf(AGENCY_UNIT_KINDS),
      unit: requiredText,
      city: requiredText,
      state: checkedString(stateCodeProblem),
    }),
    liaisonsHeld: optionalList(z.object({party: oneOf(PARTNERSHIP_PARTIES), holdsContact: z.boolean()})),
    liaisons: optionalList(
      z.object({party: oneOf(PARTNERSHIP_PARTIES), name: requiredText, role: requiredText, contactUrl: link.nullable()}),
    ),
    story: portableText,
    photos: optionalList(image),
    resources: references('resource'),
  })
  .superRefine((partnership, context) => {
    reportOn(context, 'congregationConsent', congregationConsentProblem(partnership.congregationConsent))
    const street = streetAddressProblem(partnership.congregation.holdsStreetAddress ? 'held' : null, partnership.congregationConsent)
    if (street) context.addIssue({code: 'custom', path: ['congregation', 'streetAddress'], message: street})
    const consents = {congregation: partnership.congregationConsent, agency: partnership.agencyConsent}
    partnership.liaisonsHeld.forEach((liaison, index) => {
      const problem = liaisonConsentProblem({party: liaison.party, contactUrl: liaison.holdsContact ? 'held' : null}, consents)
      if (problem) context.addIssue({code: 'custom', path: ['liaisons', index, 'name'], message: problem})
    })
  })
