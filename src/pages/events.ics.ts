/** A calendar feed of every upcoming event, to subscribe to. Content: `eventsQuery`. */
import type {APIRoute} from 'astro'
import {eventsByStart, siteSettings} from '../lib/collections'
import {calendarEvent} from '../lib/event-details'
import {isUpcoming} from '../lib/event-time'
import {calendarFile} from '../lib/ics'

export const GET: APIRoute = async ({site}) => {
  const now = new Date()
  const upcoming = (await eventsByStart()).filter((event) => isUpcoming(event, now))
  return new Response(
    calendarFile(
      `${(await siteSettings()).shortName} events`,
      upcoming.map((event) => calendarEvent(event, site!)),
    ),
    {
      headers: {'content-type': 'text/calendar; charset=utf-8'},
    },
  )
}
