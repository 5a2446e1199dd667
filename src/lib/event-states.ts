/**
 * Where an event happens, by state, for the events page's filter (`/events/state/ga/`): the
 * state of its venue, or else of the partnership that holds it (an online event of an Atlanta
 * pairing is an event of Georgia). An online event of no partnership is in no state.
 */
import type {CollectionEntry} from 'astro:content'
import {stateOf} from './partnership-directory'
import {isStateCode, stateSlug, type StateCode} from './us-states'

type Event = CollectionEntry<'events'>['data']
type Partnership = CollectionEntry<'partnerships'>['data']

/** The events filtered to one state. */
export const eventsStatePath = (code: StateCode): string => `/events/state/${stateSlug(code)}/`

/** The state `event` happens in, or null. Validation has proved the venue's state a code and the partnership there. */
function eventState(event: Event, partnershipsById: Map<string, Partnership>): StateCode | null {
  const venueState = event.venue?.state
  if (venueState && isStateCode(venueState)) return venueState
  const partnership = event.partnership ? partnershipsById.get(event.partnership) : undefined
  return partnership ? stateOf(partnership) : null
}

/** Each state's events, in the order given; states without any are left out. */
export function eventsByState(events: Event[], partnerships: Partnership[]): Map<StateCode, Event[]> {
  const partnershipsById = new Map(partnerships.map((partnership) => [partnership._id, partnership]))
  const byState = new Map<StateCode, Event[]>()
  for (const event of events) {
    const state = eventState(event, partnershipsById)
    if (state) byState.set(state, [...(byState.get(state) ?? []), event])
  }
  return byState
}
