import type {NumberRule, SlugValue, StringRule, ValidationContext} from 'sanity'

const API_VERSION = '2026-11-01'

/** The id of another document (published or draft) that the query finds, or null. */
async function otherHolder(context: ValidationContext, query: string, value: unknown): Promise<string | null> {
  const document = context.document
  if (!document) return null
  const id = document._id.replace(/^drafts\./, '')
  return context
    .getClient({apiVersion: API_VERSION})
    .fetch<string | null>(query, {type: document._type, value, id, draftId: `drafts.${id}`})
}

/** Rejects a number that another document of the same type already uses. */
export function uniqueNumberRule(rule: NumberRule, what: string): NumberRule {
  return rule.custom(async (value: number | undefined, context) => {
    if (value === undefined) return true
    const holder = await otherHolder(context, '*[_type == $type && number == $value && !(_id in [$id, $draftId])][0]._id', value)
    return holder ? `Another ${what} already has number ${value}: each number can be used once` : true
  })
}

/**
 * Rejects a name or title whose web address (the document's slug) another document of the same
 * type already has. It sits on the field the slug is made from because Sanity merges any rule
 * on a slug field (and on a document) into its own warning-level slug check, and a duplicate
 * address must block publishing: one of the two pages would vanish from the site.
 */
export function uniqueSlugRule(rule: StringRule): StringRule {
  return rule.custom(async (_value, context) => {
    const slug = (context.document as {slug?: SlugValue} | undefined)?.slug?.current
    if (!slug) return true
    const holder = await otherHolder(context, '*[_type == $type && slug.current == $value && !(_id in [$id, $draftId])][0]._id', slug)
    return holder ? `Its web address "${slug}" is already used by another one: change the web address below, e.g. add a year or a place` : true
  })
}
