/**
 * The schema.org JSON-LD each kind of page describes itself with, built from validated entries.
 * `site` is the site's address (`Astro.site`), so every URL in them is absolute. `JsonLd.astro`
 * adds the `@context` and writes the block.
 */
import type {CollectionEntry} from 'astro:content'
import {resourceHref} from './resource-access'
import {eventVenue, type Venue} from './venue'

type Settings = CollectionEntry<'settings'>['data']
type EventData = CollectionEntry<'events'>['data']
type Partner = CollectionEntry<'partners'>['data']
type Resource = CollectionEntry<'resources'>['data']

/** The program itself, for the home page: an NGO run by MovementForward, with its contacts and profiles. */
export function organizationJsonLd(settings: Settings, site: URL) {
  return {
    '@type': 'NGO',
    name: settings.title,
    description: settings.description,
    url: new URL('/', site).href,
    email: settings.contactEmail,
    parentOrganization: {
      '@type': 'NGO',
      name: 'MovementForward, Inc.',
      address: {'@type': 'PostalAddress', addressLocality: 'Atlanta', addressRegion: 'GA', addressCountry: 'US'},
    },
    ...(settings.logo ? {logo: new URL(settings.logo.asset.url, site).href} : {}),
    sameAs: settings.socialLinks.map((link) => link.url),
  }
}

const EVENT_STATUS = {scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled'} as const
const ATTENDANCE_MODE = {
  'in-person': 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  hybrid: 'MixedEventAttendanceMode',
} as const

/** A venue as a schema.org Place; every venue is in the United States. */
function placeJsonLd(venue: Venue) {
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.street,
      addressLocality: venue.city,
      addressRegion: venue.state,
      postalCode: venue.postalCode,
      addressCountry: 'US',
    },
  }
}

/**
 * An event, with a Place for a venue people go to and a VirtualLocation for an online link
 * (a hybrid event has both). Organized by its hosts, or by the program itself (`siteName`) when it has none.
 */
export function eventJsonLd(event: EventData, hosts: Pick<Partner, 'name' | 'website'>[], site: URL, siteName: string) {
  const venue = eventVenue(event)
  return {
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: new URL(`/events/${event.slug}/`, site).href,
    startDate: event.start,
    endDate: event.end,
    eventStatus: `https://schema.org/${EVENT_STATUS[event.status]}`,
    eventAttendanceMode: `https://schema.org/${ATTENDANCE_MODE[event.format]}`,
    location: [
      ...(venue ? [placeJsonLd(venue)] : []),
      ...(event.onlineUrl && event.format !== 'in-person' ? [{'@type': 'VirtualLocation', url: event.onlineUrl}] : []),
    ],
    organizer:
      hosts.length > 0
        ? hosts.map((host) => ({'@type': 'Organization', name: host.name, ...(host.website ? {url: host.website} : {})}))
        : {'@type': 'Organization', name: siteName, url: new URL('/', site).href},
  }
}

/** The schema.org type of a resource: a VideoObject needs a thumbnail to be valid, so a video without one is a plain work. */
export function resourceSchemaType(
  resource: Pick<Resource, 'resourceType' | 'thumbnail' | 'file'>,
): 'VideoObject' | 'DigitalDocument' | 'CreativeWork' {
  if (resource.resourceType === 'video' && resource.thumbnail) return 'VideoObject'
  return resource.file ? 'DigitalDocument' : 'CreativeWork'
}

/** A resource as a creative work: a video, an uploaded document, or a work found at its link. */
export function resourceJsonLd(resource: Resource, site: URL) {
  const schemaType = resourceSchemaType(resource)
  const file = resource.file
  return {
    '@type': schemaType,
    name: resource.title,
    description: resource.summary,
    url: new URL(`/resources/${resource.slug}/`, site).href,
    inLanguage: resource.language,
    datePublished: resource.publishedAt,
    publisher: {'@type': 'Organization', name: resource.publisher},
    keywords: resource.topics.join(', '),
    ...(schemaType === 'VideoObject'
      ? {
          uploadDate: resource.publishedAt,
          contentUrl: resourceHref(resource),
          ...(resource.thumbnail ? {thumbnailUrl: new URL(resource.thumbnail.asset.url, site).href} : {}),
        }
      : {}),
    ...(file
      ? {encodingFormat: file.extension === 'pdf' ? 'application/pdf' : file.extension, contentUrl: new URL(file.url, site).href}
      : {}),
    ...(resource.accessibleVersion ? {accessibilityFeature: resource.resourceType === 'video' ? ['captions'] : ['taggedPDF']} : {}),
  }
}

type Partnership = CollectionEntry<'partnerships'>['data']

/**
 * A partnership page: the congregation and its law-enforcement partner as two organizations,
 * with only what consent allows (the entry holds nothing else: the query left withheld values in
 * the Lake). The congregation's address says as much as it agreed to, and no more.
 */
export function partnershipJsonLd(partnership: Partnership, url: URL) {
  const {congregation, agency} = partnership
  const place = {
    ...(congregation.streetAddress ? {streetAddress: congregation.streetAddress} : {}),
    ...(congregation.city ? {addressLocality: congregation.city} : {}),
    ...(congregation.state ? {addressRegion: congregation.state} : {}),
    ...(congregation.postalCode ? {postalCode: congregation.postalCode} : {}),
  }
  return {
    '@type': 'Organization',
    name: congregation.name,
    url: url.href,
    ...(congregation.website ? {sameAs: congregation.website} : {}),
    ...(Object.keys(place).length > 0 ? {address: {'@type': 'PostalAddress', addressCountry: 'US', ...place}} : {}),
    foundingDate: partnership.launched,
    knowsAbout: 'Community policing',
    memberOf: {
      '@type': 'GovernmentOrganization',
      name: `${agency.name}, ${agency.unit}`,
      address: {'@type': 'PostalAddress', addressLocality: agency.city, addressRegion: agency.state, addressCountry: 'US'},
    },
  }
}
