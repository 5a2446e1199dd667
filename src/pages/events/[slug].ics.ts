/** An "Add to calendar" file for one event. Content: `eventsQuery`. */
import type {APIRoute, GetStaticPaths} from 'astro'
import type {CollectionEntry} from 'astro:content'
import {eventsByStart} from '../../lib/collections'
import {withCacheKeys} from '../../lib/cache-keys'
import {calendarEvent} from '../../lib/event-details'
import {calendarFile} from '../../lib/ics'
import {localeOfPath} from '../../i18n/locales'

export const getStaticPaths = (async ({routePattern}) =>
  withCacheKeys(
    (await eventsByStart(localeOfPath(routePattern))).map((event) => ({params: {slug: event.slug}, props: {event}})),
  )) satisfies GetStaticPaths

export const GET: APIRoute<{event: CollectionEntry<'events'>['data']}> = ({props, site, url}) =>
  new Response(calendarFile(props.event.title, [calendarEvent(props.event, site!, localeOfPath(url.pathname))]), {
    headers: {'content-type': 'text/calendar; charset=utf-8'},
  })
