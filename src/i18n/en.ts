/**
 * Every interface string of the English edition. The Spanish dictionary (`es.ts`) must have
 * the same shape, so a string added here without its translation fails the type check.
 * Content (titles, summaries, bodies) comes from Sanity, not from here.
 */
import {
  ACCESSIBLE_FORMATS,
  AGENCY_UNIT_KINDS,
  FAITH_TRADITIONS,
  PARTNERSHIP_STATUSES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  FUNDER_TIERS,
  PARTNER_CATEGORIES,
  RESOURCE_AUDIENCES,
  RESOURCE_LANGUAGES,
  RESOURCE_TYPES,
} from '@onecop/content-model'
import {enPages} from './en-pages'
import {enSearch} from './en-search'

/** An option list's titles by value, as the Studio shows them: the English labels. */
const titles = <Value extends string>(options: readonly {title: string; value: Value}[]) =>
  Object.fromEntries(options.map((option) => [option.value, option.title])) as Record<Value, string>

export const en = {
  site: {
    tagline: 'One Congregation One Precinct',
    programOf: 'A program of MovementForward, Inc.',
  },
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    about: 'About',
    pillars: 'Pillars',
    resources: 'Resources',
    events: 'Events',
    partnerships: 'Partnerships',
    partners: 'Partners',
    getInvolved: 'Get involved',
  },
  siteSearch: {
    formLabel: 'Site',
    label: 'Search the site',
    placeholder: 'Search',
    button: 'Search',
  },
  language: {
    /** The switcher's label, for screen readers. */
    label: 'Language',
    /** The link to this page in the other language, written in that language. */
    other: 'Leer en español',
  },
  footer: {
    label: 'Footer',
    about: 'About OneCOP',
    funders: 'Our funders',
    calendar: 'Events calendar (iCal)',
    resourcesFeed: 'Resources feed (RSS)',
    eventsFeed: 'Events feed (RSS)',
    social: (site: string) => `${site} on social media`,
    donate: 'Donate',
    newsletter: 'Get the newsletter',
  },
  feeds: {
    resources: (site: string) => `${site} resources`,
    events: (site: string) => `${site} events`,
    descriptions: {
      resources: 'New guides, toolkits and reports in the OneCOP resource library.',
      events: 'Briefings, trainings, forums and appreciation events from OneCOP partners.',
    },
  },
  notices: {
    sampleLabel: 'About this content',
    sampleLead: 'Sample content.',
    sampleText:
      'This site was built from the sample dataset: partners, events and resources shown here are invented examples, not real OneCOP activity.',
    previewLabel: 'About this preview',
    previewLead: 'Preview.',
    previewText: 'This page shows unpublished changes from Sanity Studio. Visitors see the published page until you publish.',
    untranslatedLabel: 'About this translation',
    untranslatedLead: 'Not yet translated.',
    untranslatedText: 'This page is shown in English until its translation is ready.',
  },
  breadcrumb: {label: 'Breadcrumb', home: 'Home'},
  pagination: enSearch.pagination,
  /** Option values as readers see them (the Studio's own titles are the English ones). */
  options: {
    resourceTypes: titles(RESOURCE_TYPES),
    audiences: titles(RESOURCE_AUDIENCES),
    languages: titles(RESOURCE_LANGUAGES),
    eventFormats: titles(EVENT_FORMATS),
    eventStatuses: titles(EVENT_STATUSES),
    partnerCategories: titles(PARTNER_CATEGORIES),
    funderTiers: titles(FUNDER_TIERS),
    partnershipStatuses: titles(PARTNERSHIP_STATUSES),
    faithTraditions: titles(FAITH_TRADITIONS),
    agencyUnitKinds: titles(AGENCY_UNIT_KINDS),
    accessibleFormats: titles(ACCESSIBLE_FORMATS),
  },
  /** What the search calls each kind of page; also the values of Pagefind's `kind` filter. */
  searchKinds: enSearch.searchKinds,
  facets: {type: 'Type', pillar: 'Pillar', audience: 'Written for', year: 'Year', language: 'Language'},
  library: {
    ...enSearch.library,
    title: 'Resource library',
    description:
      'Guides, toolkits, reports, flyers and templates for congregations and law-enforcement agencies starting or running a OneCOP partnership.',
    intro:
      'Guides, toolkits, reports and more for congregations, agencies and the public. Filter by type, pillar, audience, year or language.',
    breadcrumb: 'Resources',
    all: (count: number) => `All resources (${count})`,
    filterLabel: 'Filter the library',
    searchLabel: 'Search the library',
    submit: 'Show resources',
    pagesOfLibrary: 'Pages of the library',
    pagesOf: (label: string) => `Pages of ${label}`,
    facetTitle: (value: string) => `Resources: ${value}`,
    facetDescription: (count: number, facet: string, value: string) =>
      `${count} OneCOP resources filed under ${facet.toLowerCase()} “${value}”.`,
    facetIntro: (facet: string, value: string) => `${facet}: ${value}.`,
    showAll: 'Show all resources',
  },
  search: enSearch.search,
  /** "Pillar 4", before a pillar's name. */
  pillarNumber: (number: number) => `Pillar ${number}`,
  resource: {
    publisher: 'Publisher',
    published: 'Published',
    language: 'Language',
    writtenFor: 'Written for',
    pillars: 'Pillars',
    topics: 'Topics',
    accessibility: 'Accessibility',
    captioned: 'Captioned',
    accessibleVersion: 'Accessible version (tagged for screen readers)',
    download: (kind: string, extension: string, size: string) => `Download the ${kind.toLowerCase()} (${extension}, ${size})`,
    open: (kind: string) => `Open the ${kind.toLowerCase()}`,
    /** The request for a file in another format, under every resource with a file. */
    anotherFormat: {
      title: 'Need this in another format?',
      intro: 'Tell us which format works for you and we will send this resource to you in it.',
      format: 'Format you need',
      chooseFormat: 'Choose a format',
      message: 'Anything that helps us prepare it (for example a font size)',
      send: 'Ask for this format',
    },
  },
  ...enPages,
}

/** The shape every language's dictionary has. */
export type Dictionary = typeof en
