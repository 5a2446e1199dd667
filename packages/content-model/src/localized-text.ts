/**
 * Fields translated in place: one field holds every language's version, as the translation
 * plugin for fields (`sanity-plugin-internationalized-array`) stores them:
 * `[{_key, language: "en", value: "…"}, {_key, language: "es", value: "…"}]`. Used for documents
 * whose structure (dates, places, links) is shared by every language: events and the site
 * settings. Pillars, objectives, pages and activity types are translated as whole documents.
 */
import type {Check} from './problem.ts'
import {DEFAULT_LANGUAGE, LANGUAGES, type Language} from './languages.ts'

/** One language's version of a field translated in place. */
export interface LocalizedItem<Value = unknown> {
  _key?: string
  language?: string
  value?: Value
}

/** Each document type's fields translated in place, at the top level of the document. */
export const LOCALIZED_FIELDS = {
  event: ['title', 'summary', 'statusNote', 'accessibilityNotes', 'body'],
  siteSettings: ['description'],
} as const satisfies Record<string, readonly string[]>

/** Language names as editors read them in messages. */
export const LANGUAGE_NAMES: Record<Language, string> = {en: 'English', es: 'Spanish'}

const isLanguage = (language: unknown): language is Language => (LANGUAGES as readonly unknown[]).includes(language)

/** Whether a version says something: text that is not only spaces, or a non-empty list (rich text). */
const hasContent = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '')

/** The version in `language`, if it says something. */
export function localizedValue<Value>(items: readonly LocalizedItem<Value>[] | null | undefined, language: Language): Value | undefined {
  const item = (Array.isArray(items) ? items : []).find((candidate) => candidate.language === language)
  return item && hasContent(item.value) ? item.value : undefined
}

/**
 * What is wrong with a field translated in place: not a list of versions, a version in an unknown
 * language or given twice, a version that fails `check`, or (when `required`) no English.
 */
export function localizedProblem<Value>(items: unknown, {required, check}: {required: boolean; check?: Check<Value>}): string | undefined {
  if (items === undefined || items === null) return required ? 'is missing: write it in English and publish' : undefined
  if (!Array.isArray(items)) return 'is not a list of language versions: clear it and write it again'
  const seen = new Set<string>()
  for (const item of items as LocalizedItem<Value>[]) {
    if (!isLanguage(item?.language)) return `has a version in an unknown language (${JSON.stringify(item?.language)}): remove it`
    if (seen.has(item.language)) return `has two ${LANGUAGE_NAMES[item.language]} versions: remove one`
    seen.add(item.language)
    const problem = item.value === undefined || item.value === null ? undefined : check?.(item.value)
    if (problem) return `in ${LANGUAGE_NAMES[item.language]} ${problem}`
  }
  if (required && localizedValue(items as LocalizedItem[], DEFAULT_LANGUAGE) === undefined) {
    return 'has no English version: write it in English first (other languages are translations of it)'
  }
  return undefined
}

/**
 * A field a page would show in English among another language's text: the document has some text
 * in a language, and this field has English but not that language. A page reads one language at
 * a time, so a translation is all of the document's text or none.
 */
export function translationGapProblem(
  document: Record<string, unknown> | undefined,
  fields: readonly string[],
  field: string,
): string | undefined {
  if (!document || localizedValue(document[field] as LocalizedItem[], DEFAULT_LANGUAGE) === undefined) return undefined
  for (const language of LANGUAGES) {
    if (language === DEFAULT_LANGUAGE || localizedValue(document[field] as LocalizedItem[], language) !== undefined) continue
    const translated = fields.filter((other) => localizedValue(document[other] as LocalizedItem[], language) !== undefined)
    if (translated.length > 0) {
      return `has no ${LANGUAGE_NAMES[language]} version, though ${translated.join(', ')} ${translated.length > 1 ? 'have' : 'has'} one: translate it too, or a ${LANGUAGE_NAMES[language]} page would mix languages`
    }
  }
  return undefined
}
