/**
 * Every GROQ query the site runs, in one place. Each collection in `src/content.config.ts`
 * loads with exactly one of these, so a build makes one request per collection.
 *
 * References are projected as `{_ref, "target": @->_id}` so a reference to a missing document
 * shows up as `target: null` and fails validation by name, rather than vanishing from a page.
 * Values never go into a query string: pass them as GROQ parameters.
 */
import {defineQuery} from 'groq'

/** All pillars, in the Task Force report's order. */
export const pillarsQuery = defineQuery(`*[_type == "pillar"] | order(number asc) {
  _id,
  _type,
  number,
  name,
  "slug": slug.current,
  otherNames,
  summary
}`)

/** All resources, newest first, with the pillars they support. */
export const resourcesQuery = defineQuery(`*[_type == "resource"] | order(publishedAt desc, title asc) {
  _id,
  _type,
  title,
  "slug": slug.current,
  resourceType,
  audience,
  "pillars": pillars[]{_ref, "target": @->_id},
  topics,
  summary,
  url,
  "file": file.asset->{url, size, extension},
  accessibleVersion,
  "thumbnail": select(defined(thumbnail.asset) => thumbnail{alt, ...asset->{url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}),
  publisher,
  publishedAt,
  language
}`)
