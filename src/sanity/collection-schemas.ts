/**
 * What the site accepts from each query, checked for every entry before any page sees it. The
 * rules are the content model's shared ones (through `schema-fields.ts`), so whatever the Studio
 * lets an editor publish passes here; input types follow TypeGen's query results, checked in
 * `tests/unit/collection-schemas.types.test.ts`.
 */
import {z} from 'astro/zod'
import {
  assetProblem,
  DIRECTORY_TOTALS,
  TYPED_FIGURE_FIELDS,
  typedFigureFieldProblem,
  FUNDER_TIERS,
  OBJECTIVE_NUMBERS,
  PARTNER_CATEGORIES,
  PARTNER_SINCE_YEARS,
  PILLAR_NUMBERS,
  RESOURCE_AUDIENCES,
  RESOURCE_LANGUAGES,
  RESOURCE_TYPES,
  emailProblem,
  funderPeriodProblem,
  pageSlugProblem,
  recommendationCodeProblem,
  resourceAccessProblem,
  textProblem,
} from '@onecop/content-model'
import {
  optionalList,
  calendarDate,
  contentLanguage,
  requiredLocalizedText,
  checkedString,
  documentReference,
  flag,
  image,
  link,
  oneOf,
  optionString,
  optionalText,
  portableText,
  reportOn,
  requiredText,
  slug,
  strings,
} from './schema-fields'

/**
 * A home-page figure: typed (value, date, source) or counted from the partnership directory at
 * build time (`countedFrom`), by the content model's one rule. Pages get one or the other.
 */
const impactFigure = z
  .object({
    countedFrom: oneOf(DIRECTORY_TOTALS).nullable(),
    value: checkedString(textProblem).nullable(),
    label: requiredLocalizedText,
    asOf: calendarDate.nullable(),
    source: checkedString(textProblem).nullable(),
  })
  .superRefine((figure, context) => {
    for (const field of TYPED_FIGURE_FIELDS) reportOn(context, field, typedFigureFieldProblem(figure[field], figure.countedFrom))
  })
  .transform(({countedFrom, value, label, asOf, source}) =>
    countedFrom ? {countedFrom, label} : {countedFrom, label, value: value!, asOf: asOf!, source: source!},
  )

/** Fields of a type translated as whole documents: which language its text is in, and from where. */
const textOfTranslation = {
  /** The language the text is in: the page's, or English until a translation is published. */
  language: contentLanguage,
  /** The document the text comes from: this one, or its translation (named in messages). */
  textId: z.string(),
}

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
  impactFigures: optionalList(impactFigure),
})

/** One of the program's objectives. */
export const objectiveSchema = z.object({
  _id: z.string(),
  _type: z.literal('programObjective'),
  ...textOfTranslation,
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
  ...textOfTranslation,
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
  ...textOfTranslation,
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

/** A standalone page. */
export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal('page'),
  ...textOfTranslation,
  title: requiredText,
  slug: checkedString(pageSlugProblem),
  seoDescription: requiredText,
  body: portableText,
})

/** A validated image. */
export type ImageData = z.output<typeof image>

export {partnershipSchema} from './partnership-schema'

export {eventSchema} from './event-schema'
