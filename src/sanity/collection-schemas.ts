/**
 * What the site accepts from each query, checked for every document before any page sees it.
 * Field shapes follow the TypeGen result types in `sanity.types.ts`; these schemas add the
 * promises a page relies on (a slug that makes a valid address, a reference that resolves).
 */
import {z} from 'astro/zod'
import type {PillarsQueryResult, ResourcesQueryResult} from './sanity.types'
import {RESOURCE_AUDIENCES, RESOURCE_LANGUAGES, RESOURCE_TYPES, optionValues} from '../../studio/schemaTypes/fieldOptions'

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

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens: press Generate on the slug field')

const nonEmpty = z.string().trim().min(1, 'is empty: write it in and publish')

/** An image as pages use it: a URL, its size (to reserve space) and the alt text it must have. */
export const imageSchema = z.object({
  alt: z.string({error: 'has no alternative text: describe the image in the Studio'}).trim().min(1, 'has no alternative text: describe the image in the Studio'),
  url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})

/** A link the site will publish: only https:, http: and mailto: (never javascript: or data:). */
const safeUrl = z.url({protocol: /^(https?|mailto)$/, error: 'must be a full https://, http:// or mailto: address'})

/** One of the six pillars. */
export const pillarSchema = z.object({
  _id: z.string(),
  _type: z.literal('pillar'),
  number: z.number().int().min(1).max(6),
  name: nonEmpty,
  slug,
  otherNames: z.array(z.string()).nullable().transform((names) => names ?? []),
  summary: nonEmpty,
})

/** An item of the resource library. */
export const resourceSchema = z.object({
  _id: z.string(),
  _type: z.literal('resource'),
  title: nonEmpty,
  slug,
  resourceType: z.enum(optionValues(RESOURCE_TYPES)),
  audience: z.array(z.enum(optionValues(RESOURCE_AUDIENCES))).min(1, 'needs at least one audience'),
  pillars: z.array(documentReference('pillar')).min(1, 'needs at least one pillar'),
  topics: z.array(z.string()).nullable().transform((topics) => topics ?? []),
  summary: nonEmpty,
  url: safeUrl.nullable(),
  file: z.object({url: z.string(), size: z.number(), extension: z.string()}).nullable(),
  accessibleVersion: z.boolean().nullable().transform((flag) => flag ?? false),
  thumbnail: imageSchema.nullable(),
  publisher: nonEmpty,
  publishedAt: z.iso.date('must be a date such as 2026-11-25'),
  language: z.enum(optionValues(RESOURCE_LANGUAGES)),
}).superRefine((resource, context) => {
  // Visitors must be able to open every resource: exactly one way to get it.
  if (resource.url && resource.file) context.addIssue({code: 'custom', path: ['url'], message: 'a resource has a file and a link: remove one of them'})
  if (!resource.url && !resource.file) context.addIssue({code: 'custom', path: ['url'], message: 'a resource needs a file or a link: add one'})
})

/** A validated pillar, as pages receive it. */
export type PillarData = z.output<typeof pillarSchema>
/** A validated resource, as pages receive it; `pillars` holds pillar `_id`s. */
export type ResourceData = z.output<typeof resourceSchema>

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

export const pillarSchemaMatchesQuery: SameFields<typeof pillarSchema, PillarsQueryResult[number]> = true
export const resourceSchemaMatchesQuery: SameFields<typeof resourceSchema, ResourcesQueryResult[number]> = true
