/** What the event pages and calendar files say about an event, derived once from its entry. */
import type {CollectionEntry} from 'astro:content'
import {optionTitle, EVENT_FORMATS} from '@onecop/content-model'
import type {CalendarEvent} from './ics'

type EventData = CollectionEntry<'events'>['data']

/** The venue as one line: "Name, street, city, ST 12345". */
export function venueLine(event: EventData): string | undefined {
  const venue = event.venue
  if (!venue || event.format === 'online') return undefined
  return `${venue.name}, ${venue.street}, ${venue.city}, ${venue.state} ${venue.postalCode}`
}

/** A map link for the venue: its pin when set, otherwise a search for the address. */
export function mapUrl(event: EventData): string | undefined {
  const venue = event.venue
  if (!venue || event.format === 'online') return undefined
  if (venue.location) {
    const {lat, lng} = venue.location
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${venue.street}, ${venue.city}, ${venue.state} ${venue.postalCode}`)}`
}

/** The event as a calendar entry, with links back to its page on `site`. */
export function calendarEvent(event: EventData, site: URL): CalendarEvent {
  const where = venueLine(event)
  return {
    uid: `${event._id}@onecop`,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    allDay: event.allDay,
    status: event.status,
    location: where ?? (event.onlineUrl ? `Online: ${event.onlineUrl}` : undefined),
    url: new URL(`/events/${event.slug}/`, site).href,
  }
}

/** "In person", "Online" or "Hybrid (in person and online)". */
export function formatLabel(event: EventData): string {
  return optionTitle(EVENT_FORMATS, event.format)
}
