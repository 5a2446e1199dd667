/**
 * Web addresses. A slug is the last part of a page's address: lower-case letters, digits and
 * single hyphens, so it reads the same in every browser, link preview and log. The Studio makes
 * slugs with `slugify` and refuses any other; the build refuses the same.
 */
import type {Check} from './problem.ts'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The longest slug the Studio's Generate button makes. */
export const SLUG_MAX_LENGTH = 96

/**
 * The slug for a title: accents dropped ("Guía rápida" → "guia-rapida"), "&" read as "and",
 * anything else that is not a letter or digit becomes a hyphen, at most 96 characters, cut at a
 * hyphen. Always a valid slug, or the empty string for a title with no letters or digits.
 */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{Mark}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > SLUG_MAX_LENGTH) return slug || word.slice(0, SLUG_MAX_LENGTH)
    slug = next
  }
  return slug
}

export const slugProblem: Check<string> = (value) => {
  if (value === undefined || value === null) return undefined
  if (SLUG_PATTERN.test(value)) return undefined
  const suggestion = slugify(value)
  return `the web address "${value}" can only have lower-case letters, digits and single hyphens: press Generate${suggestion ? ` (it gives "${suggestion}")` : ''}`
}

/**
 * Addresses the site's own pages use: a standalone page with one of these slugs would sit where
 * a section of the site is, and one of the two would vanish.
 */
export const RESERVED_PAGE_SLUGS = [
  '404',
  'api',
  'es',
  'events',
  'funders',
  'pagefind',
  'partners',
  'partnerships',
  'pillars',
  'resources',
  'sample-assets',
  'search',
] as const

export const pageSlugProblem: Check<string> = (value) =>
  typeof value === 'string' && (RESERVED_PAGE_SLUGS as readonly string[]).includes(value)
    ? `the web address "${value}" belongs to a section of the site: choose another one`
    : slugProblem(value)
