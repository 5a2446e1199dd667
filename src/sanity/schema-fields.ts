/**
 * Zod builders for the fields of `collection-schemas.ts`. Each one runs the content model's
 * shared checks (`@onecop/content-model`), the same ones the Studio runs before it lets an
 * editor publish, so the build refuses exactly what the Studio refuses. Input types follow what
 * TypeGen says the queries return; output types are what pages rely on.
 */
import {z} from 'astro/zod'
import {
  LANGUAGES,
  assetProblem,
  calendarDateProblem,
  dateTimeProblem,
  imageAltProblem,
  linkProblem,
  optionProblem,
  optionValues,
  referenceProblem,
  slugProblem,
  textProblem,
  type Check,
  type Option,
} from '@onecop/content-model'

/** A string that passes every one of the shared checks; each problem becomes an issue on the field. */
export function checkedString(...checks: Check<string>[]) {
  return z.string().superRefine((value, context) => {
    for (const check of checks) {
      const problem = check(value)
      if (problem) context.addIssue({code: 'custom', message: problem})
    }
  })
}

/** Adds a shared cross-field rule's problem (if any) to the field an editor must change. */
export function reportOn(context: z.RefinementCtx, field: string, problem: string | undefined): void {
  if (problem) context.addIssue({code: 'custom', path: [field], message: problem})
}

/** Text that must say something (the Studio: `requiredText`). */
export const requiredText = checkedString(textProblem)
/** A list that may be absent; absent is empty. */
export const optionalList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((list) => list ?? [])

/** Text that may be absent. */
export const optionalText = z.string().nullable()
/** The language a translated document's text is written in (the queries say which: `"language"`). */
export const contentLanguage = z.string().pipe(z.enum(LANGUAGES))
/**
 * Required text of a field translated in place: the query picks a language's version or the
 * English, and TypeGen cannot know one is there, so an absent one is refused here by name.
 */
export const requiredLocalizedText = z
  .string()
  .nullable()
  .transform((value, context) => {
    const problem = value === null ? 'has no English version: write it in English and publish' : textProblem(value)
    if (problem) context.addIssue({code: 'custom', message: problem})
    return value ?? ''
  })
/** A page's web address. */
export const slug = checkedString(slugProblem)
/** A link the site will publish: `https:`, `http:` or `mailto:` only. */
export const link = checkedString(linkProblem)
/** A day that exists, `YYYY-MM-DD`. */
export const calendarDate = checkedString(calendarDateProblem)
/** A moment with its offset. */
export const dateTime = checkedString(dateTimeProblem)

/** One value of an option list, where TypeGen types the field as a union of the list's values. */
export const oneOf = <T extends readonly Option[]>(options: T) => z.enum(optionValues(options))

/** One value of an option list, where TypeGen types the field as any string (lists of strings). */
export const optionString = <T extends readonly Option[]>(options: T) =>
  checkedString((value) => optionProblem(options, value)).transform((value) => value as T[number]['value'])

/** An optional list of strings; absent is empty. */
export const strings = z
  .array(z.string())
  .nullable()
  .transform((list) => list ?? [])

/** An optional flag; absent is off. */
export const flag = z
  .boolean()
  .nullable()
  .transform((value) => value ?? false)

/** Portable Text as stored; rendered at build time with a link allowlist. Absent is empty. */
export const portableText = z
  .array(z.looseObject({_type: z.string(), _key: z.string()}))
  .nullable()
  .transform((blocks) => blocks ?? [])

/** A reference projected as `{_ref, "targetType": @->_type}`; becomes the target's `_id`. */
export function documentReference(documentType: string) {
  return z
    .object({_ref: z.string(), targetType: z.string().nullable()})
    .superRefine(({_ref, targetType}, context) => {
      const problem = referenceProblem(documentType, _ref, targetType)
      if (problem) context.addIssue({code: 'custom', message: problem})
    })
    .transform((reference) => reference._ref)
}

/** An optional list of references; absent is empty. */
export const references = (documentType: string) =>
  z
    .array(documentReference(documentType))
    .nullable()
    .transform((ids) => ids ?? [])

/**
 * An image as the queries project it (`select(defined(x.asset) => x{alt, "asset": asset->{...}})`):
 * null when no file is set, else its alt text and its asset's id, URL and size. Pages get a
 * non-null asset with its size, and the alt text every image must have.
 */
export const image = z
  .object({
    alt: z.string().nullable(),
    asset: z.object({_id: z.string(), url: z.string().nullable(), width: z.number().nullable(), height: z.number().nullable()}).nullable(),
  })
  .transform(({alt, asset}, context) => {
    reportOn(context, 'alt', imageAltProblem({hasAsset: true, alt}))
    const notAnImage = assetProblem('image', asset?._id)
    if (notAnImage) {
      reportOn(context, 'asset', notAnImage)
      return z.NEVER
    }
    if (!asset) {
      context.addIssue({code: 'custom', path: ['asset'], message: 'is missing from the dataset: upload the image again'})
      return z.NEVER
    }
    const {url, width, height} = asset
    if (url === null || width === null || height === null) {
      context.addIssue({code: 'custom', path: ['asset'], message: 'has no address or size on record: upload the image again'})
      return z.NEVER
    }
    return alt ? {alt, asset: {_id: asset._id, url, width, height}} : z.NEVER
  })
