/** RSS feed of the resource library, newest first. Content: `resourcesQuery`. */
import rss from '@astrojs/rss'
import type {APIRoute} from 'astro'
import {resourcesNewestFirst} from '../../lib/collections'

export const GET: APIRoute = async ({site}) =>
  rss({
    title: 'OneCOP resources',
    description: 'New guides, toolkits and reports in the OneCOP resource library.',
    site: site!,
    items: (await resourcesNewestFirst()).map((resource) => ({
      title: resource.title,
      description: resource.summary,
      link: `/resources/${resource.slug}/`,
      pubDate: new Date(`${resource.publishedAt}T00:00:00Z`),
      categories: [resource.resourceType, ...resource.topics],
    })),
  })
