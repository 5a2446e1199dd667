/** What the event pages and calendar files say about an event, derived once from its entry. */
import type {CollectionEntry} from 'astro:content'
import type {CalendarEvent} from './ics'
import {eventVenue, venueLine} from './venue'
import {DEFAULT_LOCALE, localizedPath, type Locale} from '../i18n/locales'
import {translations} from '../i18n/translations'

type EventData = CollectionEntry<'events'>['data']

/** The event as a calendar entry in `locale`, with links back to its page on `site`. */
export function calendarEvent(event: EventData, site: URL, locale: Locale = DEFAULT_LOCALE): CalendarEvent {
  const venue = eventVenue(event)
  return {
    uid: `${event._id}@onecop`,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    allDay: event.allDay,
    status: event.status,
    location: venue ? venueLine(venue) : event.onlineUrl ? translations(locale).event.onlineAt(event.onlineUrl) : undefined,
    locale,
    url: new URL(localizedPath(`/events/${event.slug}/`, locale), site).href,
  }
}

/** "In person", "Online" or "Hybrid (in person and online)", in `locale`. */
export function formatLabel(event: Pick<EventData, 'format'>, locale: Locale = DEFAULT_LOCALE): string {
  return translations(locale).options.eventFormats[event.format]
}
