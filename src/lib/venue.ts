/**
 * An event's venue, written out the one way the site writes it: on the page, in its card, in
 * calendar files and in structured data.
 */
import type {CollectionEntry} from 'astro:content'

/** A full venue: validation refuses half an address. */
export type Venue = NonNullable<CollectionEntry<'events'>['data']['venue']>

/** The venue people go to, if any: an online event has none to show, even if one was left filled in. */
export function eventVenue(event: {format: string; venue: Venue | null}): Venue | undefined {
  return event.format === 'online' ? undefined : (event.venue ?? undefined)
}

/** "Portland, OR" */
export function cityAndState(venue: Venue): string {
  return `${venue.city}, ${venue.state}`
}

/** The address as it is written on an envelope: name, street, then "City, ST 12345". */
export function addressLines(venue: Venue): [string, string, string] {
  return [venue.name, venue.street, `${cityAndState(venue)} ${venue.postalCode}`]
}

/** The address on one line: "Name, street, City, ST 12345". */
export function venueLine(venue: Venue): string {
  return addressLines(venue).join(', ')
}

/** A map link for the venue: its pin when set, otherwise a search for the street address. */
export function mapUrl(venue: Venue): string {
  if (venue.location) {
    const {lat, lng} = venue.location
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`
  }
  const [, street, place] = addressLines(venue)
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${street}, ${place}`)}`
}
