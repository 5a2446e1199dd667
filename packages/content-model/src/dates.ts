import type {Check} from './problem.ts'

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/

/** True for a day that exists, written `YYYY-MM-DD`: `2024-02-29` is one, `2026-02-30` is not. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** True for a moment with its offset, as the Studio's date-time picker stores it (`2026-12-03T23:00:00.000Z`). */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value)
  return match !== null && isCalendarDate(match[1])
}

/** The date picker cannot make an impossible date, but the API can write one. */
export const calendarDateProblem: Check<string> = (value) =>
  typeof value === 'string' && !isCalendarDate(value) ? `"${value}" is not a date: pick the day in the calendar (YYYY-MM-DD)` : undefined

export const dateTimeProblem: Check<string> = (value) =>
  typeof value === 'string' && !isDateTime(value) ? `"${value}" is not a date and time: pick them in the calendar` : undefined
