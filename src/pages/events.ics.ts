/** A calendar feed of every upcoming event, to subscribe to. Content: `eventsQuery`. */
import type {APIRoute} from 'astro'
import {eventsByStart, siteSettings} from '../lib/collections'
import {calendarEvent} from '../lib/event-details'
import {isUpcoming} from '../lib/event-time'
import {calendarFile} from '../lib/ics'
import {localeOfPath} from '../i18n/locales'
import {translations} from '../i18n/translations'

/** In the language of its address: `/es/events.ics` names the calendar and links the event pages in Spanish. */
export const GET: APIRoute = async ({site, url}) => {
  const locale = localeOfPath(url.pathname)
  const now = new Date()
  const upcoming = (await eventsByStart(locale)).filter((event) => isUpcoming(event, now))
  return new Response(
    calendarFile(
      translations(locale).feeds.events((await siteSettings(locale)).shortName),
      upcoming.map((event) => calendarEvent(event, site!, locale)),
    ),
    {
      headers: {'content-type': 'text/calendar; charset=utf-8'},
    },
  )
}
