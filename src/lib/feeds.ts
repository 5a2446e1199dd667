/**
 * The site's RSS feeds: the resource library, newest first, and events, soonest first, each
 * titled with the site's short name. `src/pages/<list>/rss.xml.ts` serves them.
 */
import rss, {type RSSFeedItem} from '@astrojs/rss'
import type {APIRoute} from 'astro'
import {eventsByStart, resourcesNewestFirst, siteSettings} from './collections'
import {titleWithStatus} from './event-status'
import {formatEventDate, formatEventTime} from './event-time'

const FEEDS = {
  resources: {
    title: 'resources',
    description: 'New guides, toolkits and reports in the OneCOP resource library.',
    items: async (): Promise<RSSFeedItem[]> =>
      (await resourcesNewestFirst()).map((resource) => ({
        title: resource.title,
        description: resource.summary,
        link: `/resources/${resource.slug}/`,
        pubDate: new Date(`${resource.publishedAt}T00:00:00Z`),
        categories: [resource.resourceType, ...resource.topics],
      })),
  },
  events: {
    title: 'events',
    description: 'Briefings, trainings, forums and appreciation events from OneCOP partners.',
    items: async (): Promise<RSSFeedItem[]> =>
      (await eventsByStart()).map((event) => ({
        title: titleWithStatus(event.title, event.status),
        description: `${formatEventDate(event)}, ${formatEventTime(event)}. ${event.summary}`,
        link: `/events/${event.slug}/`,
        pubDate: new Date(event.start),
      })),
  },
}

/** The route that serves one feed. */
export function feedRoute(feed: keyof typeof FEEDS): APIRoute {
  const {title, description, items} = FEEDS[feed]
  return async ({site}) => rss({title: `${(await siteSettings()).shortName} ${title}`, description, site: site!, items: await items()})
}
