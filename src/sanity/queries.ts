/**
 * Every GROQ query the site runs, in one place. Each collection in `src/content.config.ts`
 * loads with exactly one of these, so a build makes one request per collection.
 *
 * References are projected as `{_ref, "target": @->_id}` so a reference to a missing document
 * shows up as `target: null` and fails validation by name, rather than vanishing from a page.
 * Images are projected with their asset's id, URL and size, or as null when no file is set.
 * Values never go into a query string: pass them as GROQ parameters.
 */
import {defineQuery} from 'groq'

/** The site settings singleton, as a one-item list. */
export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"] {
  _id,
  _type,
  title,
  description,
  "logo": select(defined(logo.asset) => logo{alt, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}),
  contactEmail,
  address,
  "socialLinks": socialLinks[]{platform, url},
  donateUrl,
  newsletterUrl,
  "impactFigures": impactFigures[]{value, label, asOf, source}
}`)

/** The program's objectives, in order, with the pillars each serves. */
export const objectivesQuery = defineQuery(`*[_type == "programObjective"] | order(number asc) {
  _id,
  _type,
  number,
  title,
  summary,
  body,
  "pillars": pillars[]{_ref, "target": @->_id}
}`)

/** All pillars, in the Task Force report's order. */
export const pillarsQuery = defineQuery(`*[_type == "pillar"] | order(number asc) {
  _id,
  _type,
  number,
  name,
  "slug": slug.current,
  otherNames,
  summary,
  body,
  "keyRecommendations": keyRecommendations[]{code, topic}
}`)

/** Kinds of activity, for event labels. */
export const activityTypesQuery = defineQuery(`*[_type == "activityType"] | order(name asc) {
  _id,
  _type,
  name,
  "slug": slug.current,
  description
}`)

/** Partners in the order editors dragged them into. */
export const partnersQuery = defineQuery(`*[_type == "partner"] | order(orderRank asc, name asc) {
  _id,
  _type,
  name,
  "slug": slug.current,
  category,
  "logo": select(defined(logo.asset) => logo{alt, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}),
  website,
  description,
  partnerSince,
  featured,
  orderRank
}`)

/** Funders that agreed to be named, in the order editors set; the others never leave the Lake. */
export const fundersQuery = defineQuery(`*[_type == "funder" && showPublicly != false] | order(orderRank asc, name asc) {
  _id,
  _type,
  name,
  "slug": slug.current,
  tier,
  "logo": select(defined(logo.asset) => logo{alt, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}),
  website,
  grantName,
  periodStart,
  periodEnd,
  orderRank
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
  body,
  url,
  "file": file.asset->{url, size, extension},
  accessibleVersion,
  "thumbnail": select(defined(thumbnail.asset) => thumbnail{alt, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}),
  publisher,
  publishedAt,
  language
}`)

/** All events, soonest first; pages split them into upcoming and past at build time. */
export const eventsQuery = defineQuery(`*[_type == "event"] | order(start asc, title asc) {
  _id,
  _type,
  title,
  "slug": slug.current,
  "activityType": activityType{_ref, "target": @->_id},
  status,
  statusNote,
  start,
  end,
  timeZone,
  allDay,
  format,
  "venue": venue{name, street, city, state, postalCode, "location": location{lat, lng}},
  onlineUrl,
  registrationUrl,
  "hosts": hosts[]{_ref, "target": @->_id},
  "pillars": pillars[]{_ref, "target": @->_id},
  recordingUrl,
  accessibilityNotes,
  summary,
  body
}`)

/** Standalone pages such as About and Get involved. */
export const pagesQuery = defineQuery(`*[_type == "page"] | order(title asc) {
  _id,
  _type,
  title,
  "slug": slug.current,
  seoDescription,
  body
}`)
