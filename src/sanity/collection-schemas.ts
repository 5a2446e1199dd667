/**
 * What the site accepts from each query, checked for every entry before any page sees it. The
 * rules are the content model's shared ones (through `schema-fields.ts`), so whatever the Studio
 * lets an editor publish passes here; input types follow TypeGen's query results, checked in
 * `tests/unit/collection-schemas.types.test.ts`.
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
  streetAddressProblem,
  EVENT_FORMATS,
  assetProblem,
  EVENT_STATUSES,
  EVENT_TIME_ZONES,
  FUNDER_TIERS,
  OBJECTIVE_NUMBERS,
  PARTNER_CATEGORIES,
  PARTNER_SINCE_YEARS,
  PILLAR_NUMBERS,
  RESOURCE_AUDIENCES,
  RESOURCE_LANGUAGES,
  RESOURCE_TYPES,
  emailProblem,
  eventEndProblem,
  eventOnlineLinkProblem,
  eventStatusNoteProblem,
  eventVenueProblem,
  funderPeriodProblem,
  pageSlugProblem,
  postalCodeProblem,
  recommendationCodeProblem,
  resourceAccessProblem,
  stateCodeProblem,
  textProblem,
} from '@onecop/content-model'
import {
  calendarDate,
  contentLanguage,
  requiredLocalizedText,
  checkedString,
  dateTime,
  documentReference,
  flag,
  image,
  link,
  oneOf,
  optionString,
  optionalText,
  portableText,
  references,
  reportOn,
  requiredText,
  slug,
  strings,
} from './schema-fields'

/** A list that may be absent; absent is empty. */
const optionalList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((list) => list ?? [])

/** The site settings singleton. */
export const siteSettingsSchema = z.object({
  _id: z.string(),
  _type: z.literal('siteSettings'),
  /** The language of the description and figure labels: the page's, or English until translated. */
  language: contentLanguage,
  title: requiredText,
  shortName: requiredText,
  description: requiredLocalizedText,
  logo: image.nullable(),
  contactEmail: checkedString(emailProblem),
  address: optionalText,
  socialLinks: optionalList(z.object({platform: requiredText, url: link})),
  donateUrl: link.nullable(),
  newsletterUrl: link.nullable(),
  impactFigures: optionalList(z.object({value: requiredText, label: requiredLocalizedText, asOf: calendarDate, source: requiredText})),
})

/** One of the program's objectives. */
export const objectiveSchema = z.object({
  _id: z.string(),
  _type: z.literal('programObjective'),
  /** The language the text is in: the page's, or English until a translation is published. */
  language: contentLanguage,
  /** The document the text comes from: this one, or its translation (named in messages). */
  textId: z.string(),
  number: z.number().int().min(OBJECTIVE_NUMBERS.min).max(OBJECTIVE_NUMBERS.max),
  title: requiredText,
  summary: requiredText,
  body: portableText,
  pillars: z.array(documentReference('pillar')).min(1, 'needs at least one pillar'),
})

/** One of the six pillars. */
export const pillarSchema = z.object({
  _id: z.string(),
  _type: z.literal('pillar'),
  /** The language the text is in: the page's, or English until a translation is published. */
  language: contentLanguage,
  /** The document the text comes from: this one, or its translation (named in messages). */
  textId: z.string(),
  number: z.number().int().min(PILLAR_NUMBERS.min).max(PILLAR_NUMBERS.max),
  name: requiredText,
  slug,
  otherNames: strings,
  summary: requiredText,
  body: portableText,
  keyRecommendations: optionalList(z.object({code: checkedString(recommendationCodeProblem), topic: requiredText})),
})

/** A kind of activity. */
export const activityTypeSchema = z.object({
  _id: z.string(),
  _type: z.literal('activityType'),
  /** The language the text is in: the page's, or English until a translation is published. */
  language: contentLanguage,
  /** The document the text comes from: this one, or its translation (named in messages). */
  textId: z.string(),
  name: requiredText,
  slug,
  description: requiredText,
})

/** A partner organization. */
export const partnerSchema = z.object({
  _id: z.string(),
  _type: z.literal('partner'),
  name: requiredText,
  slug,
  category: oneOf(PARTNER_CATEGORIES),
  logo: image.nullable(),
  website: link.nullable(),
  description: requiredText,
  partnerSince: z.number().int().min(PARTNER_SINCE_YEARS.min).max(PARTNER_SINCE_YEARS.max).nullable(),
  featured: flag,
  /** The drag-and-drop position from the Studio; lists sort by it. */
  orderRank: optionalText,
})

/** A funder that agreed to be named. */
export const funderSchema = z
  .object({
    _id: z.string(),
    _type: z.literal('funder'),
    name: requiredText,
    slug,
    tier: oneOf(FUNDER_TIERS),
    logo: image.nullable(),
    website: link.nullable(),
    grantName: checkedString(textProblem).nullable(),
    periodStart: calendarDate.nullable(),
    periodEnd: calendarDate.nullable(),
    /** The drag-and-drop position from the Studio; lists sort by it. */
    orderRank: optionalText,
  })
  .superRefine((funder, context) => reportOn(context, 'periodEnd', funderPeriodProblem(funder)))

/** An item of the resource library. */
export const resourceSchema = z
  .object({
    _id: z.string(),
    _type: z.literal('resource'),
    title: requiredText,
    slug,
    resourceType: oneOf(RESOURCE_TYPES),
    audience: z.array(optionString(RESOURCE_AUDIENCES)).min(1, 'needs at least one audience'),
    pillars: z.array(documentReference('pillar')).min(1, 'needs at least one pillar'),
    topics: strings,
    summary: requiredText,
    body: portableText,
    url: link.nullable(),
    file: z
      .object({_id: z.string(), url: z.string().nullable(), size: z.number().nullable(), extension: z.string().nullable()})
      .transform(({_id, url, size, extension}, context) => {
        const notAFile = assetProblem('file', _id)
        if (!notAFile && url !== null && size !== null && extension !== null) return {url, size, extension}
        context.addIssue({code: 'custom', message: notAFile ?? 'has no address or size on record: upload the file again'})
        return z.NEVER
      })
      .nullable(),
    accessibleVersion: flag,
    thumbnail: image.nullable(),
    publisher: requiredText,
    publishedAt: calendarDate,
    language: oneOf(RESOURCE_LANGUAGES),
  })
  .superRefine((resource, context) => reportOn(context, 'url', resourceAccessProblem({hasFile: resource.file !== null, url: resource.url})))

/** A map pin; half a pin (one coordinate) is no pin. */
const pin = z
  .object({lat: z.number().nullable(), lng: z.number().nullable()})
  .nullable()
  .transform((location) => (location && location.lat !== null && location.lng !== null ? {lat: location.lat, lng: location.lng} : null))

/**
 * A venue as the query projects it. One whose every field is empty (the Studio leaves such an
 * object unchecked) is no venue at all; any other must be a full address.
 */
const venueSchema = z
  .object({name: optionalText, street: optionalText, city: optionalText, state: optionalText, postalCode: optionalText, location: pin})
  .nullable()
  .transform((venue) => (venue && Object.values(venue).some((value) => value !== null) ? venue : null))
  .pipe(
    z
      .object({
        name: requiredText,
        street: requiredText,
        city: requiredText,
        state: checkedString(stateCodeProblem),
        postalCode: checkedString(postalCodeProblem),
        location: z.object({lat: z.number(), lng: z.number()}).nullable(),
      })
      .nullable(),
  )

/** An event, with the rules a page and a calendar file rely on. */
export const eventSchema = z
  .object({
    _id: z.string(),
    _type: z.literal('event'),
    /** The language the text is in: the page's, or English until the event is translated. */
    language: contentLanguage,
    title: requiredLocalizedText,
    slug,
    activityType: documentReference('activityType'),
    status: oneOf(EVENT_STATUSES),
    statusNote: optionalText,
    start: dateTime,
    end: dateTime,
    timeZone: oneOf(EVENT_TIME_ZONES),
    allDay: flag,
    format: oneOf(EVENT_FORMATS),
    venue: venueSchema,
    onlineUrl: link.nullable(),
    registrationUrl: link.nullable(),
    hosts: references('partner'),
    /** The partnership that holds the event, if any (its `_id`). */
    partnership: documentReference('partnership').nullable(),
    pillars: references('pillar'),
    recordingUrl: link.nullable(),
    accessibilityNotes: optionalText,
    summary: requiredLocalizedText,
    body: portableText,
  })
  .superRefine((event, context) => {
    reportOn(context, 'end', eventEndProblem(event))
    reportOn(context, 'format', eventVenueProblem(event))
    reportOn(context, 'onlineUrl', eventOnlineLinkProblem(event))
    reportOn(context, 'statusNote', eventStatusNoteProblem(event))
  })

/** A standalone page. */
export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal('page'),
  /** The language the text is in: the page's, or English until a translation is published. */
  language: contentLanguage,
  /** The document the text comes from: this one, or its translation (named in messages). */
  textId: z.string(),
  title: requiredText,
  slug: checkedString(pageSlugProblem),
  seoDescription: requiredText,
  body: portableText,
})

/** A validated image. */
export type ImageData = z.output<typeof image>

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
