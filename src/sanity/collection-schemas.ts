/**
 * What the site accepts from each query, checked for every entry before any page sees it.
 * Field shapes follow the TypeGen result types in `sanity.types.ts`; these schemas add the
 * promises a page relies on (a slug that makes a valid address, a reference that resolves,
 * alt text on every image, only safe link schemes).
 */
import {z} from 'astro/zod'
import type {
  ActivityTypesQueryResult,
  EventsQueryResult,
  FundersQueryResult,
  ObjectivesQueryResult,
  PagesQueryResult,
  PartnersQueryResult,
  PillarsQueryResult,
  ResourcesQueryResult,
  SiteSettingsQueryResult,
} from './sanity.types'
import {
  EVENT_FORMATS,
  EVENT_STATUSES,
  FUNDER_TIERS,
  PARTNER_CATEGORIES,
  RESOURCE_AUDIENCES,
  RESOURCE_LANGUAGES,
  RESOURCE_TYPES,
  optionValues,
} from '../../studio/schemaTypes/fieldOptions'
import {isTimeZone} from '../../studio/schemaTypes/rules/timeZone'

/** A reference projected as `{_ref, "target": @->_id}`; becomes the target's `_id`. */
export function documentReference(targetType: string) {
  return z
    .object({_ref: z.string(), target: z.string().nullable()})
    .superRefine((reference, context) => {
      if (reference.target === null) {
        context.addIssue({
          code: 'custom',
          message: `points to the ${targetType} "${reference._ref}", which does not exist or is not published: publish that ${targetType} or remove the reference`,
        })
      }
    })
    .transform((reference) => reference._ref)
}

/** A list of references; an absent list is an empty one. */
const references = (targetType: string) =>
  z
    .array(documentReference(targetType))
    .nullable()
    .transform((ids) => ids ?? [])

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens: press Generate on the slug field')

const nonEmpty = z.string().trim().min(1, 'is empty: write it in and publish')
const optionalText = z.string().nullable()
const strings = z
  .array(z.string())
  .nullable()
  .transform((list) => list ?? [])

/** A link the site will publish: only https:, http: and mailto: (never javascript: or data:). */
const safeUrl = z.url({protocol: /^(https?|mailto)$/, error: 'must be a full https://, http:// or mailto: address'})

/** Portable Text as stored; rendered at build time with a link allowlist. */
const portableText = z
  .array(z.looseObject({_type: z.string(), _key: z.string()}))
  .nullable()
  .transform((blocks) => blocks ?? [])

/** An image as pages use it: its asset (id, URL, size) and the alt text it must have. */
export const imageSchema = z.object({
  alt: z
    .string({error: 'has no alternative text: describe the image in the Studio'})
    .trim()
    .min(1, 'has no alternative text: describe the image in the Studio'),
  asset: z.object({_id: z.string(), url: z.string(), width: z.number().int().positive(), height: z.number().int().positive()}),
})

/** The site settings singleton. */
export const siteSettingsSchema = z.object({
  _id: z.string(),
  _type: z.literal('siteSettings'),
  title: nonEmpty,
  description: nonEmpty,
  logo: imageSchema.nullable(),
  contactEmail: z.email('must be an email address'),
  address: optionalText,
  socialLinks: z
    .array(z.object({platform: nonEmpty, url: safeUrl}))
    .nullable()
    .transform((links) => links ?? []),
  donateUrl: safeUrl.nullable(),
  newsletterUrl: safeUrl.nullable(),
  impactFigures: z
    .array(z.object({value: nonEmpty, label: nonEmpty, asOf: z.iso.date('must be a date such as 2026-11-25'), source: nonEmpty}))
    .nullable()
    .transform((figures) => figures ?? []),
})

/** One of the program's objectives. */
export const objectiveSchema = z.object({
  _id: z.string(),
  _type: z.literal('programObjective'),
  number: z.number().int().min(1),
  title: nonEmpty,
  summary: nonEmpty,
  body: portableText,
  pillars: z.array(documentReference('pillar')).min(1, 'needs at least one pillar'),
})

/** One of the six pillars. */
export const pillarSchema = z.object({
  _id: z.string(),
  _type: z.literal('pillar'),
  number: z.number().int().min(1).max(6),
  name: nonEmpty,
  slug,
  otherNames: strings,
  summary: nonEmpty,
  body: portableText,
  keyRecommendations: z
    .array(z.object({code: nonEmpty, topic: nonEmpty}))
    .nullable()
    .transform((recommendations) => recommendations ?? []),
})

/** A kind of activity. */
export const activityTypeSchema = z.object({
  _id: z.string(),
  _type: z.literal('activityType'),
  name: nonEmpty,
  slug,
  description: nonEmpty,
})

/** A partner organization. */
export const partnerSchema = z.object({
  _id: z.string(),
  _type: z.literal('partner'),
  name: nonEmpty,
  slug,
  category: z.enum(optionValues(PARTNER_CATEGORIES)),
  logo: imageSchema.nullable(),
  website: safeUrl.nullable(),
  description: nonEmpty,
  partnerSince: z.number().int().nullable(),
  featured: z
    .boolean()
    .nullable()
    .transform((flag) => flag ?? false),
  /** The drag-and-drop position from the Studio; lists sort by it. */
  orderRank: optionalText,
})

/** A funder that agreed to be named. */
export const funderSchema = z.object({
  _id: z.string(),
  _type: z.literal('funder'),
  name: nonEmpty,
  slug,
  tier: z.enum(optionValues(FUNDER_TIERS)),
  logo: imageSchema.nullable(),
  website: safeUrl.nullable(),
  grantName: optionalText,
  periodStart: z.iso.date().nullable(),
  periodEnd: z.iso.date().nullable(),
  /** The drag-and-drop position from the Studio; lists sort by it. */
  orderRank: optionalText,
})

/** An item of the resource library. */
export const resourceSchema = z
  .object({
    _id: z.string(),
    _type: z.literal('resource'),
    title: nonEmpty,
    slug,
    resourceType: z.enum(optionValues(RESOURCE_TYPES)),
    audience: z.array(z.enum(optionValues(RESOURCE_AUDIENCES))).min(1, 'needs at least one audience'),
    pillars: z.array(documentReference('pillar')).min(1, 'needs at least one pillar'),
    topics: strings,
    summary: nonEmpty,
    body: portableText,
    url: safeUrl.nullable(),
    file: z.object({url: z.string(), size: z.number(), extension: z.string()}).nullable(),
    accessibleVersion: z
      .boolean()
      .nullable()
      .transform((flag) => flag ?? false),
    thumbnail: imageSchema.nullable(),
    publisher: nonEmpty,
    publishedAt: z.iso.date('must be a date such as 2026-11-25'),
    language: z.enum(optionValues(RESOURCE_LANGUAGES)),
  })
  .superRefine((resource, context) => {
    // Visitors must be able to open every resource: exactly one way to get it.
    if (resource.url && resource.file) context.addIssue({code: 'custom', path: ['url'], message: 'a resource has a file and a link: remove one of them'})
    if (!resource.url && !resource.file) context.addIssue({code: 'custom', path: ['url'], message: 'a resource needs a file or a link: add one'})
  })

const venueSchema = z.object({
  name: nonEmpty,
  street: nonEmpty,
  city: nonEmpty,
  state: nonEmpty,
  postalCode: nonEmpty,
  location: z.object({lat: z.number(), lng: z.number()}).nullable(),
})

/** An event, with the rules a page and a calendar file rely on. */
export const eventSchema = z
  .object({
    _id: z.string(),
    _type: z.literal('event'),
    title: nonEmpty,
    slug,
    activityType: documentReference('activity type'),
    status: z.enum(optionValues(EVENT_STATUSES)),
    statusNote: optionalText,
    start: z.iso.datetime({offset: true, error: 'must be a date and time'}),
    end: z.iso.datetime({offset: true, error: 'must be a date and time'}),
    timeZone: z.string().refine(isTimeZone, 'is not a time zone: pick one from the list in the Studio'),
    allDay: z
      .boolean()
      .nullable()
      .transform((flag) => flag ?? false),
    format: z.enum(optionValues(EVENT_FORMATS)),
    venue: venueSchema.nullable(),
    onlineUrl: safeUrl.nullable(),
    registrationUrl: safeUrl.nullable(),
    hosts: references('partner'),
    pillars: references('pillar'),
    recordingUrl: safeUrl.nullable(),
    accessibilityNotes: optionalText,
    summary: nonEmpty,
    body: portableText,
  })
  .superRefine((event, context) => {
    if (new Date(event.end) <= new Date(event.start)) context.addIssue({code: 'custom', path: ['end'], message: 'is not after the start: fix the end date and time'})
    if (event.format !== 'online' && !event.venue) context.addIssue({code: 'custom', path: ['venue'], message: 'is missing for an in-person or hybrid event: add the address'})
    if (event.format !== 'in-person' && !event.onlineUrl) context.addIssue({code: 'custom', path: ['onlineUrl'], message: 'is missing for an online or hybrid event: add the link to join'})
  })

/** A standalone page. */
export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal('page'),
  title: nonEmpty,
  slug,
  seoDescription: nonEmpty,
  body: portableText,
})

/** A validated image. */
export type ImageData = z.output<typeof imageSchema>

/**
 * Compile-time guard (checked by `astro check`): a schema names exactly the fields its query
 * returns according to TypeGen. Zod drops fields it does not know, so a field added to a query
 * but not to its schema would otherwise vanish on the way to the page without a word.
 */
type SameFields<Schema extends z.ZodType, Row> = [
  Exclude<keyof z.input<Schema>, keyof Row>,
  Exclude<keyof Row, keyof z.input<Schema>>,
] extends [never, never]
  ? true
  : {fieldsOnlyInSchema: Exclude<keyof z.input<Schema>, keyof Row>; fieldsOnlyInQuery: Exclude<keyof Row, keyof z.input<Schema>>}

export const schemasMatchQueries: [
  SameFields<typeof siteSettingsSchema, SiteSettingsQueryResult[number]>,
  SameFields<typeof objectiveSchema, ObjectivesQueryResult[number]>,
  SameFields<typeof pillarSchema, PillarsQueryResult[number]>,
  SameFields<typeof activityTypeSchema, ActivityTypesQueryResult[number]>,
  SameFields<typeof partnerSchema, PartnersQueryResult[number]>,
  SameFields<typeof funderSchema, FundersQueryResult[number]>,
  SameFields<typeof resourceSchema, ResourcesQueryResult[number]>,
  SameFields<typeof eventSchema, EventsQueryResult[number]>,
  SameFields<typeof pageSchema, PagesQueryResult[number]>,
] = [true, true, true, true, true, true, true, true, true]
