import type {Check} from './problem.ts'

/** A required piece of text must say something: spaces and line breaks alone are not text. */
export const textProblem: Check<string> = (value) => {
  if (typeof value !== 'string' || value.trim() !== '') return undefined
  return value === '' ? 'is empty: write the text in' : 'has only spaces: write the text in'
}

/** True for text with at least one character that is not white space. */
export const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * An email address a visitor can write to: one `@`, a name before it, a domain with a dot after
 * it, no spaces. Deliberately plain (no attempt at RFC 5322): the Studio and the site must agree.
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/

export const emailProblem: Check<string> = (value) =>
  typeof value === 'string' && !EMAIL_PATTERN.test(value) ? 'is not an email address: write it as name@example.org' : undefined

/** A five-digit ZIP code, or ZIP+4. */
export const POSTAL_CODE_PATTERN = /^\d{5}(?:-\d{4})?$/

export const postalCodeProblem: Check<string> = (value) =>
  typeof value === 'string' && !POSTAL_CODE_PATTERN.test(value) ? 'is not a ZIP code: use five digits, e.g. 30303' : undefined

/** A Task Force recommendation ("4.4") or action item ("4.4.2"), as numbered in the report. */
export const RECOMMENDATION_CODE_PATTERN = /^[1-6]\.\d{1,2}(?:\.\d{1,2})?$/

export const recommendationCodeProblem: Check<string> = (value) =>
  typeof value === 'string' && !RECOMMENDATION_CODE_PATTERN.test(value)
    ? 'is not a number from the report: write it as printed, e.g. 4.4 or 4.4.2'
    : undefined
