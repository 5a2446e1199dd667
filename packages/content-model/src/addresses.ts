/**
 * Where the site shows each kind of document: the pages a change to it can be seen on. The
 * Studio's Presentation tool opens them (as previews, under `/preview/`); a test checks that each
 * address is a page the build makes.
 */
import {DEFAULT_LANGUAGE} from './languages.ts'

/** A page of the site, by its address and what to call it. */
export interface PageLocation {
  title: string
  href: string
}

/** The fields the addresses are made from (Presentation selects them from the document). */
export interface AddressFields {
  slug?: string | null
  title?: string | null
  name?: string | null
  featured?: boolean | null
  showPublicly?: boolean | null
  /** For an activity type: the events of that kind, whose pages name it. */
  events?: {title?: string | null; slug?: string | null}[] | null
  /** A translation's language: its pages are in that edition (`/es/...`). */
  language?: string | null
  /** For a partnership: the state it is listed under (its agency's), upper case. */
  state?: string | null
}

const HOME: PageLocation = {title: 'Home page', href: '/'}

/** With a slug, the document's own page first; without one (not yet generated), only the lists. */
const own = (base: string, fields: Pick<AddressFields, 'slug' | 'title' | 'name'>): PageLocation[] =>
  fields.slug ? [{title: fields.title ?? fields.name ?? 'This page', href: `${base}${fields.slug}/`}] : []

const PAGES_BY_TYPE: Record<string, (fields: AddressFields) => PageLocation[]> = {
  siteSettings: () => [HOME],
  programObjective: () => [HOME, {title: 'About', href: '/about/'}],
  pillar: (fields) => [...own('/pillars/', fields), {title: 'The six pillars', href: '/pillars/'}, HOME],
  activityType: (fields) => (fields.events ?? []).flatMap((event) => own('/events/', event)),
  partner: (fields) => [{title: 'Partners', href: '/partners/'}, ...(fields.featured ? [HOME] : [])],
  funder: (fields) => (fields.showPublicly === false ? [] : [{title: 'Funders', href: '/funders/'}]),
  // Not the library: its lists run to many pages, and which one shows a resource changes as others are added.
  resource: (fields) => own('/resources/', fields),
  event: (fields) => [...own('/events/', fields), {title: 'Events', href: '/events/'}],
  page: (fields) => own('/', fields),
  // Its page and its state's list (the directory itself shows states, not pairings).
  partnership: (fields) => {
    const state = fields.state ? `/partnerships/${fields.state.toLowerCase()}/` : undefined
    return state ? [...own(state, fields), {title: 'Partnerships in the state', href: state}] : []
  },
}

/** The document types that have pages. */
export const DOCUMENT_TYPES_WITH_PAGES = Object.keys(PAGES_BY_TYPE)

/** The pages that show a document of `documentType` with these fields; none for other types. */
export function pagesShowing(documentType: string, fields: AddressFields): PageLocation[] {
  const pages = PAGES_BY_TYPE[documentType]?.(fields) ?? []
  const edition = fields.language && fields.language !== DEFAULT_LANGUAGE ? `/${fields.language}` : ''
  return pages.map((page) => ({...page, href: `${edition}${page.href}`}))
}
