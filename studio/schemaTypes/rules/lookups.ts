/** Rules that look at other documents: unique numbers and web addresses, references of the right type. */
import {DEFAULT_LANGUAGE, SANITY_API_VERSION, TRANSLATED_TYPES, referenceProblem, slugProblem, type Check} from '@onecop/content-model'
import type {ArrayRule, NumberRule, Reference, ReferenceRule, SlugValue, StringRule, ValidationContext} from 'sanity'
import {sentence} from './field-rules'

/**
 * Limits a lookup to documents in the same language as the one checked, for translated types
 * (a Spanish pillar 1 shares its number and may share its address with the English one).
 * Other types match whatever `$language` is: a resource's `language` is what it is written in.
 */
const SAME_LANGUAGE = '(!$translated || coalesce(language, $defaultLanguage) == $language)'

const isTranslated = (type: string) => (TRANSLATED_TYPES as readonly string[]).includes(type)

/** The id of another document (published or draft) of the same type and language that `condition` finds, or null. */
async function otherHolder(context: ValidationContext, condition: string, value: unknown): Promise<string | null> {
  const document = context.document
  if (!document) return null
  const id = document._id.replace(/^drafts\./, '')
  const language = (document as {language?: string}).language ?? DEFAULT_LANGUAGE
  return context
    .getClient({apiVersion: SANITY_API_VERSION})
    .fetch<string | null>(`*[_type == $type && ${condition} && !(_id in [$id, $draftId]) && ${SAME_LANGUAGE}][0]._id`, {
      type: document._type,
      value,
      id,
      draftId: `drafts.${id}`,
      translated: isTranslated(document._type),
      language,
      defaultLanguage: DEFAULT_LANGUAGE,
    })
}

/** Rejects a number that another document of the same type already uses. */
export function uniqueNumberRule(rule: NumberRule, what: string): NumberRule {
  return rule.custom(async (value: number | undefined, context) => {
    if (value === undefined) return true
    const holder = await otherHolder(context, 'number == $value', value)
    return holder ? `Another ${what} already has number ${value}: each number can be used once` : true
  })
}

/**
 * The document's web address (its slug), checked on the field the slug is made from: it must
 * exist, have the shared slug format (`check`) and belong to no other document of the type.
 * These rules sit on the name or title because Sanity 6.16 merges any rule on a slug field (and
 * on a document) into its own warning-level slug check, and a bad or duplicate address must
 * block publishing: the build would refuse it, or one of two pages would vanish.
 */
export function webAddressRule<R extends StringRule | ArrayRule<unknown[]>>(rule: R, check: Check<string> = slugProblem): R {
  return (rule as StringRule).custom(async (_value, context) => {
    const slug = (context.document as {slug?: SlugValue} | undefined)?.slug?.current
    if (slug === undefined || slug === null || slug === '') return 'This needs a web address: press Generate under Web address'
    const problem = check(slug)
    if (problem) return sentence(problem)
    return (await isUniqueWebAddress(slug, context))
      ? true
      : `Its web address "${slug}" is already used by another one: change the web address below, e.g. add a year or a place`
  }) as R
}

/**
 * Whether no other document of the type, in the same language for translated types, has the web
 * address `slug`. `webAddressRule` blocks publishing with it; the web address field's own check
 * (`options.isUnique`) uses it too, so a translation that keeps its original's address is not
 * told the address "is already in use".
 */
export async function isUniqueWebAddress(slug: string, context: ValidationContext): Promise<boolean> {
  return (await otherHolder(context, 'slug.current == $value', slug)) === null
}

/**
 * A reference must point at a document of the type the field asks for. The Studio's picker
 * offers only those, but the API can write any id; Sanity checks only that the target exists.
 */
export function referenceTypeRule(rule: ReferenceRule, documentType: string): ReferenceRule {
  return rule.custom(async (reference: Reference | undefined, context) => {
    if (!reference?._ref) return true
    const targetType = await context
      .getClient({apiVersion: SANITY_API_VERSION})
      .fetch<string | null>('*[_id in [$id, "drafts." + $id]][0]._type', {id: reference._ref})
    // A missing target is Sanity's own reference check to report.
    const problem = targetType === null ? undefined : referenceProblem(documentType, reference._ref, targetType)
    return problem ? sentence(problem) : true
  })
}
