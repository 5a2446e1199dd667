import type {NumberRule, ValidationContext} from 'sanity'

/** Rejects a number that another published or draft document of the same type already uses. */
export function uniqueNumberRule(rule: NumberRule, what: string): NumberRule {
  return rule.custom(async (value: number | undefined, context: ValidationContext) => {
    if (value === undefined || !context.document) return true
    const id = context.document._id.replace(/^drafts\./, '')
    const taken = await context
      .getClient({apiVersion: '2026-11-01'})
      .fetch<string | null>(
        '*[_type == $type && number == $number && !(_id in [$id, $draftId])][0]._id',
        {type: context.document._type, number: value, id, draftId: `drafts.${id}`},
      )
    return taken ? `Another ${what} already has number ${value}: each number can be used once` : true
  })
}
