/** How an event's date and time read on the page: always in the event's own time zone, named; in `locale`. */
import {DEFAULT_LOCALE, INTL_LOCALES, type Locale} from '../i18n/locales'
import {translations} from '../i18n/translations'

/** The fields of an event that say when it happens. */
export interface EventTiming {
  start: string
  end: string
  timeZone: string
  allDay: boolean
}

/** "Thursday, December 10, 2026" (one day) or "March 6 – 7, 2027" (several), in the event's zone. */
export function formatEventDate({start, end, timeZone, allDay}: EventTiming, locale: Locale = DEFAULT_LOCALE): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {dateStyle: 'full', timeZone})
  const startDate = new Date(start)
  // An all-day event ends at midnight after its last day; that midnight is not one of its days.
  const lastMoment = new Date(new Date(end).getTime() - (allDay ? 1 : 0))
  const sameDay = dayKey(startDate, timeZone) === dayKey(lastMoment, timeZone)
  return sameDay
    ? format.format(startDate)
    : new Intl.DateTimeFormat(INTL_LOCALES[locale], {dateStyle: 'long', timeZone}).formatRange(startDate, lastMoment)
}

/** "6:30 – 8:00 PM Eastern Standard Time", or "All day" for an all-day event. */
export function formatEventTime({start, end, timeZone, allDay}: EventTiming, locale: Locale = DEFAULT_LOCALE): string {
  const zone = zoneName(new Date(start), timeZone, locale)
  if (allDay) return translations(locale).event.allDay(zone)
  const range = new Intl.DateTimeFormat(INTL_LOCALES[locale], {hour: 'numeric', minute: '2-digit', timeZone}).formatRange(
    new Date(start),
    new Date(end),
  )
  return `${range} ${zone}`
}

/** The zone's name as people say it on that date, e.g. "Pacific Daylight Time". */
function zoneName(at: Date, timeZone: string, locale: Locale): string {
  const part = new Intl.DateTimeFormat(INTL_LOCALES[locale], {timeZone, timeZoneName: 'long'})
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? timeZone
}

/** True while the event has not ended, as of `now` (the build, for a static site). */
export function isUpcoming(event: Pick<EventTiming, 'end'>, now: Date): boolean {
  return new Date(event.end).getTime() >= now.getTime()
}

/** Events (soonest first) split at `now`: those still to come in that order, then those past, latest first. */
export function upcomingAndPast<Event extends Pick<EventTiming, 'end'>>(
  eventsByStart: Event[],
  now: Date,
): {upcoming: Event[]; past: Event[]} {
  return {
    upcoming: eventsByStart.filter((event) => isUpcoming(event, now)),
    past: eventsByStart.filter((event) => !isUpcoming(event, now)).reverse(),
  }
}

function dayKey(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(at)
}
