/** Facts about the Sanity project that the Studio, the site and the functions must agree on. */

/** The API version every GROQ query (site, Studio rules, desk) is written against. */
export const SANITY_API_VERSION = '2026-11-01'

/** The site settings singleton's fixed document id. */
export const SITE_SETTINGS_ID = 'siteSettings'

/** Document types that exist once: edited from the desk, never created or deleted there. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set(['siteSettings'])

/**
 * Whether a document id has a path (`drafts.x`, `versions.r.x`, `inquiry.x`). The Content Lake
 * serves such documents only to readers with a token; the site's builds read without one.
 */
export const isPathId = (id: string): boolean => id.includes('.')
