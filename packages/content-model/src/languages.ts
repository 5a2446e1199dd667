/**
 * The languages content is written in. English is the original of every translated document;
 * the Studio's translation plugin uses this list. (The site's editions still list them again in
 * `src/i18n/locales.ts`, which the browser code imports: to be made one list through a subpath
 * export of this file.)
 */
export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

/**
 * Document types translated as whole documents: one document per language, linked by the
 * translation plugin's `translation.metadata` document. For types that are text through and
 * through, so a translator works on the whole document at once.
 */
export const TRANSLATED_TYPES = ['pillar', 'programObjective', 'page', 'activityType'] as const
