/**
 * Every GROQ query the site runs, in one place. Each collection (`collection-registry.ts`)
 * loads with exactly one of these, so a build makes one request per collection. Queries do not
 * sort: the order pages show is decided once, in `src/lib/content-order.ts`.
 *
 * Values never go into a query string: pass them as GROQ parameters.
 */
import {defineQuery} from 'groq'

/**
 * A reference, with its target's type: a reference to a missing document shows up as
 * `targetType: null`, one to the wrong kind of document with that kind, and validation refuses
 * both by name rather than letting them vanish from a page.
 */
const referenceProjection = /* groq */ `_ref, "targetType": @->_type`

/**
 * English documents only, for types translated as whole documents: a Spanish translation in the
 * Content Lake must not show up as a second pillar or page. Documents from before translations
 * have no language and are English.
 */
const englishOnly = /* groq */ `coalesce(language, "en") == "en"`

/** An image field (used as `select(defined(x.asset) => x{...})`): its alt text and its asset's id, URL and size. */
const imageProjection = /* groq */ `alt, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}`

/** The site settings singleton, as a one-item list. */
export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"] {
  _id,
  _type,
  title,
  shortName,
  description,
  "logo": select(defined(logo.asset) => logo{${imageProjection}}),
  contactEmail,
  address,
  "socialLinks": socialLinks[]{platform, url},
  donateUrl,
  newsletterUrl,
  "impactFigures": impactFigures[]{value, label, asOf, source}
}`)

/** The program's objectives, with the pillars each serves. */
export const objectivesQuery = defineQuery(`*[_type == "programObjective" && ${englishOnly}] {
  _id,
  _type,
  number,
  title,
  summary,
  body,
  "pillars": pillars[]{${referenceProjection}}
}`)

/** The six pillars. */
export const pillarsQuery = defineQuery(`*[_type == "pillar" && ${englishOnly}] {
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
export const activityTypesQuery = defineQuery(`*[_type == "activityType"] {
  _id,
  _type,
  name,
  "slug": slug.current,
  description
}`)

/** Partners, with the rank editors gave them by dragging. */
export const partnersQuery = defineQuery(`*[_type == "partner"] {
  _id,
  _type,
  name,
  "slug": slug.current,
  category,
  "logo": select(defined(logo.asset) => logo{${imageProjection}}),
  website,
  description,
  partnerSince,
  featured,
  orderRank
}`)

/** Funders that agreed to be named; the others never leave the Lake. */
export const fundersQuery = defineQuery(`*[_type == "funder" && showPublicly != false] {
  _id,
  _type,
  name,
  "slug": slug.current,
  tier,
  "logo": select(defined(logo.asset) => logo{${imageProjection}}),
  website,
  grantName,
  periodStart,
  periodEnd,
  orderRank
}`)

/** All resources, with the pillars they support. */
export const resourcesQuery = defineQuery(`*[_type == "resource"] {
  _id,
  _type,
  title,
  "slug": slug.current,
  resourceType,
  audience,
  "pillars": pillars[]{${referenceProjection}},
  topics,
  summary,
  body,
  url,
  "file": file.asset->{_id, url, size, extension},
  accessibleVersion,
  "thumbnail": select(defined(thumbnail.asset) => thumbnail{${imageProjection}}),
  publisher,
  publishedAt,
  language
}`)

/** All events; pages split them into upcoming and past at build time. */
export const eventsQuery = defineQuery(`*[_type == "event"] {
  _id,
  _type,
  title,
  "slug": slug.current,
  "activityType": activityType{${referenceProjection}},
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
  "hosts": hosts[]{${referenceProjection}},
  "pillars": pillars[]{${referenceProjection}},
  recordingUrl,
  accessibilityNotes,
  summary,
  body
}`)

/** Standalone pages such as About and Get involved. */
export const pagesQuery = defineQuery(`*[_type == "page" && ${englishOnly}] {
  _id,
  _type,
  title,
  "slug": slug.current,
  seoDescription,
  body
}`)
