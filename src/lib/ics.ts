/**
 * iCalendar (RFC 5545) files for events: one per event and a feed of all upcoming ones.
 * Times are written as UTC instants, which every calendar converts to its reader's zone
 * correctly across daylight-saving changes; all-day events are written as dates.
 */
import {titleWithStatus, type EventStatus} from './event-status'
import type {Locale} from '../i18n/locales'

/** What a calendar entry needs to know about an event. */
export interface CalendarEvent {
  uid: string
  title: string
  summary: string
  start: string
  end: string
  timeZone: string
  allDay: boolean
  status: EventStatus
  location?: string
  url: string
  updatedAt?: string
  /** The language of the calendar: a status in the title ("CANCELLED: ...") is written in it. English unless said. */
  locale?: Locale
}

const STATUS = {scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED'} as const

/** A complete VCALENDAR holding the given events. */
export function calendarFile(name: string, events: CalendarEvent[], now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OneCOP//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const when = event.allDay
    ? [`DTSTART;VALUE=DATE:${localDate(event.start, event.timeZone)}`, `DTEND;VALUE=DATE:${localDate(event.end, event.timeZone)}`]
    : [`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`]
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp((event.updatedAt ? new Date(event.updatedAt) : now).toISOString())}`,
    ...when,
    `SUMMARY:${escapeText(titleWithStatus(event.title, event.status, event.locale))}`,
    `DESCRIPTION:${escapeText(`${event.summary}\n\n${event.url}`)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${event.url}`,
    `STATUS:${STATUS[event.status]}`,
    'END:VEVENT',
  ]
}

/** 20261210T233000Z */
function utcStamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** The calendar date in the event's zone, as 20270306. */
function localDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'})
    .format(new Date(iso))
    .replace(/-/g, '')
}

/** Text values escape backslash, semicolon, comma and newline (RFC 5545 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8')
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74
    if (Buffer.byteLength(current + char, 'utf8') > limit) {
      parts.push(current)
      current = ''
    }
    current += char
  }
  parts.push(current)
  return parts.join('\r\n ')
}
