/** Standalone pages (About, Get involved...) by their slug. */
import {getCollection, type CollectionEntry} from 'astro:content'

/** Slugs that have a page of their own in `src/pages/`, which adds to the editor's text. */
export const DEDICATED_PAGE_SLUGS = ['about', 'get-involved']

/** The page document with this slug; the build fails when a dedicated page lost its document. */
export async function pageBySlug(slug: string): Promise<CollectionEntry<'pages'>['data']> {
  const page = (await getCollection('pages')).find((entry) => entry.data.slug === slug)
  if (!page) throw new Error(`No published page has the slug "${slug}": create it in Sanity Studio (Pages) or import the sample dataset.`)
  return page.data
}
