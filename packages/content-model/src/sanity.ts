/** Facts about the Sanity project that the Studio, the site and the functions must agree on. */

/** The API version every GROQ query (site, Studio rules, desk) is written against. */
export const SANITY_API_VERSION = '2026-11-01'

/** The site settings singleton's fixed document id. */
export const SITE_SETTINGS_ID = 'siteSettings'

/** Document types that exist once: edited from the desk, never created or deleted there. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set(['siteSettings'])
