/**
 * The OneCOP content model's shared parts. Sanity Studio (`studio/schemaTypes/`) and the site's
 * validation (`src/sanity/collection-schemas.ts`) both import these by name, so a rule is
 * written once and what an editor can publish is exactly what the site builds.
 */
export type {Check} from './problem.ts'
export * from './options.ts'
export * from './text.ts'
export * from './dates.ts'
export * from './slugs.ts'
export * from './links.ts'
export * from './numbers.ts'
export * from './documents.ts'
export * from './sanity.ts'
export * from './addresses.ts'
export * from './languages.ts'
export * from './localized-text.ts'
export * from './partnerships.ts'
export * from './impact-figures.ts'
export * from './us-states.ts'
export * from './inquiries.ts'
