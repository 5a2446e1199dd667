/** One way to write a venue: on the page, in cards, in calendar files. */
import {describe, expect, it} from 'vitest'
import {addressLines, cityAndState, eventVenue, mapUrl, venueLine} from '../../src/lib/venue'

const venue = {name: 'Grace Fellowship Hall', street: '12 Oak St', city: 'Portland', state: 'OR', postalCode: '97211', location: null}

describe('venue', () => {
  it('is the venue people go to, which an online event has none of', () => {
    expect(eventVenue({format: 'in-person', venue})).toBe(venue)
    expect(eventVenue({format: 'hybrid', venue})).toBe(venue)
    expect(eventVenue({format: 'online', venue})).toBeUndefined()
    expect(eventVenue({format: 'online', venue: null})).toBeUndefined()
  })

  it('writes the address on three lines, or on one', () => {
    expect(addressLines(venue)).toEqual(['Grace Fellowship Hall', '12 Oak St', 'Portland, OR 97211'])
    expect(venueLine(venue)).toBe('Grace Fellowship Hall, 12 Oak St, Portland, OR 97211')
    expect(cityAndState(venue)).toBe('Portland, OR')
  })

  it('links to the pin on the map when there is one, else to a search for the street address', () => {
    expect(mapUrl({...venue, location: {lat: 45.5617, lng: -122.6732}})).toBe(
      'https://www.openstreetmap.org/?mlat=45.5617&mlon=-122.6732#map=17/45.5617/-122.6732',
    )
    expect(mapUrl(venue)).toBe('https://www.openstreetmap.org/search?query=12%20Oak%20St%2C%20Portland%2C%20OR%2097211')
  })
})
