/** Where an event happens, by state: its venue's state, or else its partnership's. */
import {describe, expect, it} from 'vitest'
import type {CollectionEntry} from 'astro:content'
import {eventsByState, eventsStatePath} from '../../src/lib/event-states'

type Event = CollectionEntry<'events'>['data']
type Partnership = CollectionEntry<'partnerships'>['data']

// Only the fields the grouping reads; the rest of an event or a partnership plays no part.
const event = (slug: string, venueState: string | null, partnership: string | null) =>
  ({slug, venue: venueState ? {state: venueState} : null, partnership}) as unknown as Event
const partnership = (_id: string, state: string) => ({_id, agency: {state}}) as unknown as Partnership

describe('events by state', () => {
  const partnerships = [partnership('p-portland', 'OR'), partnership('p-nowhere', 'XX')]

  it("uses the venue's state, else the partnership's, and leaves out events in no state", () => {
    const byState = eventsByState(
      [
        event('briefing', 'GA', null),
        event('online-training', null, 'p-portland'),
        event('webinar', null, null),
        event('hybrid-forum', 'GA', 'p-portland'),
      ],
      partnerships,
    )
    expect(Object.fromEntries([...byState].map(([state, events]) => [state, events.map((entry) => entry.slug)]))).toEqual({
      GA: ['briefing', 'hybrid-forum'],
      OR: ['online-training'],
    })
  })

  it('stops on a partnership it cannot place, and gives each state an address', () => {
    expect(() => eventsByState([event('meeting', null, 'p-nowhere')], partnerships)).toThrow(/p-nowhere: agency.state "XX"/)
    expect(eventsStatePath('GA')).toBe('/events/state/ga/')
  })
})
