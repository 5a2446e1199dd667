/**
 * The site's RSS feeds: the resource library, newest first, and events, soonest first, each
 * titled with the site's short name, in the language of its address (`/es/resources/rss.xml`
 * links the Spanish pages). `src/pages/<list>/rss.xml.ts` serves them.
 */
import rss, {type RSSFeedItem} from '@astrojs/rss'
import type {APIRoute} from 'astro'
import {eventsByStart, resourcesNewestFirst, siteSettings} from './collections'
import {titleWithStatus} from './event-status'
import {formatEventDate, formatEventTime} from './event-time'
import {localeOfPath, localizedPath, type Locale} from '../i18n/locales'
import {translations} from '../i18n/translations'

const FEEDS = {
  resources: async (locale: Locale): Promise<RSSFeedItem[]> =>
    (await resourcesNewestFirst()).map((resource) => ({
      title: resource.title,
      description: resource.summary,
      link: localizedPath(`/resources/${resource.slug}/`, locale),
      pubDate: new Date(`${resource.publishedAt}T00:00:00Z`),
      categories: [translations(locale).options.resourceTypes[resource.resourceType], ...resource.topics],
    })),
  events: async (locale: Locale): Promise<RSSFeedItem[]> =>
    (await eventsByStart(locale)).map((event) => ({
      title: titleWithStatus(event.title, event.status, locale),
      description: `${formatEventDate(event, locale)}, ${formatEventTime(event, locale)}. ${event.summary}`,
      link: localizedPath(`/events/${event.slug}/`, locale),
      pubDate: new Date(event.start),
    })),
}

/** The route that serves one feed, in the language of its address. */
export function feedRoute(feed: keyof typeof FEEDS): APIRoute {
  return async ({site, url}) => {
    const locale = localeOfPath(url.pathname)
    const t = translations(locale).feeds
    const {shortName} = await siteSettings(locale)
    return rss({title: t[feed](shortName), description: t.descriptions[feed], site: site!, items: await FEEDS[feed](locale)})
  }
}
