import {
  DEFAULT_LANGUAGE,
  localizedProblem,
  localizedValue,
  textProblem,
  translationGapProblem,
  type LocalizedItem,
} from '@onecop/content-model'
import {defineField, type ArrayRule, type Rule} from 'sanity'
import {sentence} from '../rules/field-rules'

/** The plugin's field type for each kind of value (see `studio/i18n/field-translation.ts`). */
const TYPES = {
  string: 'internationalizedArrayString',
  text: 'internationalizedArrayText',
  blockContent: 'internationalizedArrayBlockContent',
}

interface LocalizedFieldOptions {
  name: string
  title: string
  kind: keyof typeof TYPES
  description?: string
  required?: boolean
  /** Longest a version may be, in characters (text kinds). */
  max?: number
  /**
   * The document's other fields translated in place (`LOCALIZED_FIELDS`): a version in a language
   * is needed here once any of them has one.
   */
  siblings?: readonly string[]
  /** More rules on the whole field (a cross-field rule reads the English version). */
  validation?: (rule: ArrayRule<unknown[]>) => ArrayRule<unknown[]>
}

/** A length limit as a shared-rule-shaped check. */
const longerThan = (max: number | undefined) => (value: unknown) =>
  max !== undefined && typeof value === 'string' && value.length > max ? `is ${value.length} characters long: keep it to ${max}` : undefined

/**
 * A field translated in place: English required when `required`, every version checked like
 * text, and (with `siblings`) no language left half translated. The rules are the content
 * model's, so the build agrees.
 */
export function localizedField({name, title, kind, description, required = false, max, siblings, validation}: LocalizedFieldOptions) {
  return defineField({
    name,
    title,
    type: TYPES[kind],
    description,
    // The plugin's array types are not known to `defineField`'s typings: the rule is an array's.
    validation: ((rule: ArrayRule<unknown[]>) => {
      const own = rule.custom((items, context) => {
        const check =
          kind === 'blockContent' ? undefined : (value: string | null | undefined) => textProblem(value) ?? longerThan(max)(value)
        const problem =
          localizedProblem<string>(items, {required, check}) ??
          (siblings ? translationGapProblem(context.document as Record<string, unknown>, siblings, name) : undefined)
        return problem ? sentence(problem) : true
      })
      return [own, ...(validation ? [validation(rule)] : [])]
    }) as unknown as (rule: Rule) => Rule[],
  })
}

/** A field's English version, for slugs and previews. */
export const englishOf = (items: unknown): string | undefined => {
  const value = localizedValue(items as LocalizedItem<string>[] | undefined, DEFAULT_LANGUAGE)
  return typeof value === 'string' ? value : undefined
}
