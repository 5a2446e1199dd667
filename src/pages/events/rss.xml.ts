/** RSS feed of events, soonest first. Content: `eventsQuery`. */
import rss from '@astrojs/rss'
import type {APIRoute} from 'astro'
import {eventsByStart} from '../../lib/collections'
import {titleWithStatus} from '../../lib/event-status'
import {formatEventDate, formatEventTime} from '../../lib/event-time'

export const GET: APIRoute = async ({site}) =>
  rss({
    title: 'OneCOP events',
    description: 'Briefings, trainings, forums and appreciation events from OneCOP partners.',
    site: site!,
    items: (await eventsByStart()).map((event) => ({
      title: titleWithStatus(event.title, event.status),
      description: `${formatEventDate(event)}, ${formatEventTime(event)}. ${event.summary}`,
      link: `/events/${event.slug}/`,
      pubDate: new Date(event.start),
    })),
  })
