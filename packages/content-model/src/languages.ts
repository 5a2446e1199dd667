/**
 * The languages content is written in. English is the original of every translated document;
 * the Studio's translation plugin and the site's editions both use this list.
 */
export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

/** Document types translated as whole documents (one document per language). */
export const TRANSLATED_TYPES = ['pillar', 'programObjective', 'page'] as const
