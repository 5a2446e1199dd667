/** The JSON-LD the pages describe themselves with, built from validated entries. */
import {describe, expect, it} from 'vitest'
import type {CollectionEntry} from 'astro:content'
import {eventJsonLd, organizationJsonLd, resourceJsonLd, resourceSchemaType} from '../../src/lib/structured-data'

type EventData = CollectionEntry<'events'>['data']
type Resource = CollectionEntry<'resources'>['data']
type Settings = CollectionEntry<'settings'>['data']

const site = new URL('https://onecop.example.org')
const venue = {name: 'Grace Fellowship Hall', street: '12 Oak St', city: 'Portland', state: 'OR', postalCode: '97211', location: null}

const event = (fields: Partial<EventData> = {}): EventData => ({
  _id: 'event-1',
  _type: 'event',
  language: 'en',
  title: 'Community Forum',
  slug: 'community-forum',
  activityType: 'activity-forum',
  status: 'scheduled',
  statusNote: null,
  start: '2027-01-14T23:00:00Z',
  end: '2027-01-15T01:00:00Z',
  timeZone: 'America/New_York',
  allDay: false,
  format: 'in-person',
  venue,
  onlineUrl: null,
  registrationUrl: null,
  hosts: [],
  partnership: null,
  pillars: [],
  recordingUrl: null,
  accessibilityNotes: null,
  summary: 'Residents and officers talk.',
  body: [],
  ...fields,
})

const resource = (fields: Partial<Resource> = {}): Resource => ({
  _id: 'resource-1',
  _type: 'resource',
  title: 'Getting Started',
  slug: 'getting-started',
  resourceType: 'guide',
  audience: ['congregations'],
  pillars: ['pillar-1'],
  topics: ['first meeting', 'getting started'],
  summary: 'How to begin.',
  body: [],
  url: 'https://example.org/guide',
  file: null,
  accessibleVersion: false,
  thumbnail: null,
  publisher: 'MovementForward, Inc.',
  publishedAt: '2026-09-14',
  language: 'en',
  ...fields,
})

const image = (url: string) => ({alt: 'A picture', asset: {_id: 'image-abc-800x600-png', url, width: 800, height: 600}})

describe('organizationJsonLd', () => {
  const settings: Settings = {
    _id: 'siteSettings',
    _type: 'siteSettings',
    language: 'en',
    title: 'OneCOP: One Congregation One Precinct',
    shortName: 'OneCOP',
    description: 'Congregations and precincts, side by side.',
    logo: null,
    contactEmail: 'onecop@example.org',
    address: null,
    socialLinks: [{platform: 'YouTube', url: 'https://example.org/youtube'}],
    donateUrl: null,
    newsletterUrl: null,
    impactFigures: [],
  }

  it('describes the program as an NGO run by MovementForward, with absolute URLs', () => {
    expect(organizationJsonLd(settings, site)).toEqual({
      '@type': 'NGO',
      name: 'OneCOP: One Congregation One Precinct',
      description: 'Congregations and precincts, side by side.',
      url: 'https://onecop.example.org/',
      email: 'onecop@example.org',
      parentOrganization: {
        '@type': 'NGO',
        name: 'MovementForward, Inc.',
        address: {'@type': 'PostalAddress', addressLocality: 'Atlanta', addressRegion: 'GA', addressCountry: 'US'},
      },
      sameAs: ['https://example.org/youtube'],
    })
  })

  it('adds the logo, made absolute, when the settings have one', () => {
    expect(organizationJsonLd({...settings, logo: image('/sample-assets/images/logo.png')}, site).logo).toBe(
      'https://onecop.example.org/sample-assets/images/logo.png',
    )
  })
})

describe('eventJsonLd', () => {
  it('gives an in-person event a Place with a PostalAddress, and no VirtualLocation', () => {
    const jsonLd = eventJsonLd(event(), [], site, 'OneCOP')
    expect(jsonLd).toMatchObject({
      '@type': 'Event',
      name: 'Community Forum',
      url: 'https://onecop.example.org/events/community-forum/',
      startDate: '2027-01-14T23:00:00Z',
      endDate: '2027-01-15T01:00:00Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    })
    expect(jsonLd.location).toEqual([
      {
        '@type': 'Place',
        name: 'Grace Fellowship Hall',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '12 Oak St',
          addressLocality: 'Portland',
          addressRegion: 'OR',
          postalCode: '97211',
          addressCountry: 'US',
        },
      },
    ])
  })

  it('gives an online event a VirtualLocation only, even with a venue left filled in', () => {
    const jsonLd = eventJsonLd(event({format: 'online', onlineUrl: 'https://example.org/join'}), [], site, 'OneCOP')
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(jsonLd.location).toEqual([{'@type': 'VirtualLocation', url: 'https://example.org/join'}])
  })

  it('gives a hybrid event both, the Place first', () => {
    const jsonLd = eventJsonLd(event({format: 'hybrid', onlineUrl: 'https://example.org/join'}), [], site, 'OneCOP')
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(jsonLd.location.map((location) => location['@type'])).toEqual(['Place', 'VirtualLocation'])
  })

  it("keeps an in-person event's stray online link out of its locations", () => {
    expect(
      eventJsonLd(event({onlineUrl: 'https://example.org/join'}), [], site, 'OneCOP').location.map((location) => location['@type']),
    ).toEqual(['Place'])
  })

  it('says when an event is postponed or cancelled', () => {
    expect(eventJsonLd(event({status: 'postponed'}), [], site, 'OneCOP').eventStatus).toBe('https://schema.org/EventPostponed')
    expect(eventJsonLd(event({status: 'cancelled'}), [], site, 'OneCOP').eventStatus).toBe('https://schema.org/EventCancelled')
  })

  it('names the hosts as organizers (with their websites), or OneCOP when there are none', () => {
    const hosts = [
      {name: 'Grace Fellowship', website: 'https://example.org/grace'},
      {name: 'Precinct 4', website: null},
    ]
    expect(eventJsonLd(event(), hosts, site, 'OneCOP').organizer).toEqual([
      {'@type': 'Organization', name: 'Grace Fellowship', url: 'https://example.org/grace'},
      {'@type': 'Organization', name: 'Precinct 4'},
    ])
    expect(eventJsonLd(event(), [], site, 'OneCOP').organizer).toEqual({
      '@type': 'Organization',
      name: 'OneCOP',
      url: 'https://onecop.example.org/',
    })
  })
})

describe('resourceJsonLd', () => {
  const file = {url: '/sample-assets/files/guide.pdf', size: 24_000, extension: 'pdf'}

  it('describes a linked resource as a CreativeWork with its publisher and keywords', () => {
    const jsonLd = resourceJsonLd(resource(), site)
    expect(jsonLd).toEqual({
      '@type': 'CreativeWork',
      name: 'Getting Started',
      description: 'How to begin.',
      url: 'https://onecop.example.org/resources/getting-started/',
      inLanguage: 'en',
      datePublished: '2026-09-14',
      publisher: {'@type': 'Organization', name: 'MovementForward, Inc.'},
      keywords: 'first meeting, getting started',
    })
  })

  it('describes an uploaded file as a DigitalDocument with its format and absolute address', () => {
    expect(resourceJsonLd(resource({url: null, file, accessibleVersion: true}), site)).toMatchObject({
      '@type': 'DigitalDocument',
      encodingFormat: 'application/pdf',
      contentUrl: 'https://onecop.example.org/sample-assets/files/guide.pdf',
      accessibilityFeature: ['taggedPDF'],
    })
    expect(resourceJsonLd(resource({url: null, file: {...file, extension: 'docx'}}), site).encodingFormat).toBe('docx')
  })

  it('describes a video with a thumbnail as a VideoObject, and one without as a plain work', () => {
    const video = resource({
      resourceType: 'video',
      url: 'https://example.org/watch',
      thumbnail: image('/sample-assets/images/still.png'),
      accessibleVersion: true,
    })
    expect(resourceJsonLd(video, site)).toMatchObject({
      '@type': 'VideoObject',
      uploadDate: '2026-09-14',
      contentUrl: 'https://example.org/watch',
      thumbnailUrl: 'https://onecop.example.org/sample-assets/images/still.png',
      accessibilityFeature: ['captions'],
    })
    expect(resourceSchemaType({...video, thumbnail: null})).toBe('CreativeWork')
  })
})
