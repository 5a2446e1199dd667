/**
 * The only way pages read content: each list in the order it is shown (decided in
 * `content-order.ts`), the settings singleton, and pages by their slug, each translated
 * collection in the edition's language. Behind it are Astro's content collections
 * (`src/content.config.ts`), filled and validated by `src/sanity/`, or, while a preview renders,
 * the drafts it loaded (`preview-content.ts`).
 */
import {SITE_SETTINGS_ID} from '@onecop/content-model'
import {getCollection, getEntry, type CollectionEntry, type CollectionKey} from 'astro:content'
import {collectionRegistry} from '../sanity/collection-registry'
import {entryId, isEntryIn} from '../sanity/entry-ids'
import {DEFAULT_LOCALE, LOCALES, type Locale} from '../i18n/locales'
import {byEditorRank, byNumber, byTitle, newestFirst, soonestFirst} from './content-order'
import {previewContent} from './preview-content'

type Data<C extends CollectionKey> = CollectionEntry<C>['data']

const isTranslated = (collection: CollectionKey): boolean => 'translated' in collectionRegistry[collection]

/**
 * Each collection's entries (and the settings), read from Astro's store once per build: `getCollection` copies every
 * entry on every call, and a build of a national directory asks for the same lists on thousands
 * of pages. A build's content does not change while it runs; `astro dev`, where it does, reads
 * the store afresh every time.
 */
const built = new Map<string, Promise<unknown[]>>()

/**
 * A collection's entries in `locale` (a translated collection's; the others are the same in
 * every edition): a preview's drafts during a preview request, else the build's.
 */
async function dataOf<C extends CollectionKey>(collection: C, locale: Locale = DEFAULT_LOCALE): Promise<Data<C>[]> {
  const preview = previewContent.getStore()
  if (preview) return [...preview[collection][locale]] as Data<C>[]
  const key = `${collection} ${isTranslated(collection) ? locale : ''}`
  let data = import.meta.env.DEV ? undefined : built.get(key)
  if (!data) {
    data = (isTranslated(collection) ? getCollection(collection, ({id}) => isEntryIn(id, locale)) : getCollection(collection)).then(
      (entries) => entries.map((entry) => entry.data),
    )
    built.set(key, data)
  }
  // A copy of the list (callers sort it), of the same entries.
  return [...(await data)] as Data<C>[]
}

/** The site settings; validation has proved they exist (the collection is required). */
export async function siteSettings(locale: Locale): Promise<Data<'settings'>> {
  const preview = previewContent.getStore()
  if (preview) return preview.settings[locale].find((settings) => settings._id === SITE_SETTINGS_ID)!
  const key = `settings ${locale}`
  let data = import.meta.env.DEV ? undefined : built.get(key)
  if (!data) {
    const id = entryId(SITE_SETTINGS_ID, isTranslated('settings') ? locale : undefined)
    data = (async () => [(await getEntry('settings', id))!.data])()
    built.set(key, data)
  }
  return (await data)[0] as Data<'settings'>
}

/** Pillars in the Task Force report's order. */
export const pillarsInOrder = async (locale: Locale) => (await dataOf('pillars', locale)).sort(byNumber)
/** Objectives in their numbered order. */
export const objectivesInOrder = async (locale: Locale) => (await dataOf('objectives', locale)).sort(byNumber)
/** Resources, newest first, then by title. */
export const resourcesNewestFirst = async () => (await dataOf('resources')).sort(newestFirst)
/** Events, soonest first. */
export const eventsByStart = async (locale: Locale) => (await dataOf('events', locale)).sort(soonestFirst)
/** Partners in the order editors dragged them into. */
export const partnersInOrder = async () => (await dataOf('partners')).sort(byEditorRank)
/** Partnerships, as far as each side agreed to publish them (the directory groups and sorts them). */
export const allPartnerships = async () => dataOf('partnerships')
/** Publicly named funders in the order editors dragged them into. */
export const fundersInOrder = async () => (await dataOf('funders')).sort(byEditorRank)

/** Slugs that have a page of their own in `src/pages/`, which adds to the editor's text. */
const DEDICATED_PAGE_SLUGS = ['about', 'get-involved']

/** Standalone pages that have no page file of their own, by title: `[page].astro` renders them. */
export const standalonePages = async (locale: Locale) =>
  (await dataOf('pages', locale)).filter((page) => !DEDICATED_PAGE_SLUGS.includes(page.slug)).sort(byTitle)

/** The page document with this slug; the build fails when a dedicated page lost its document. */
export async function pageBySlug(slug: string, locale: Locale): Promise<Data<'pages'>> {
  const page = (await dataOf('pages', locale)).find((data) => data.slug === slug)
  if (!page) throw new Error(`No published page has the slug "${slug}": create it in Sanity Studio (Pages) or import the sample dataset.`)
  return page
}

/** Every entry's data of a collection, by `_id`. */
export async function dataById<C extends CollectionKey>(collection: C, locale: Locale): Promise<Map<string, Data<C>>> {
  return new Map((await dataOf(collection, locale)).map((data) => [(data as {_id: string})._id, data]))
}

/**
 * For each document of a translated collection, the editions it has its own text in: English,
 * the original's, and each language it is published in. A page about one document names only
 * these as its other languages (`BaseLayout`'s `editions`).
 */
export async function editionsById(collection: 'events' | 'pillars' | 'pages'): Promise<Map<string, Locale[]>> {
  const editions = new Map<string, Locale[]>()
  for (const locale of LOCALES) {
    for (const {_id, language} of await dataOf(collection, locale)) {
      if (language === locale) editions.set(_id, [...(editions.get(_id) ?? []), locale])
    }
  }
  return editions
}

/** The pillars with the given ids, in report order. Validation has proved each id exists. */
export function pillarsFor(ids: string[], pillarById: Map<string, Data<'pillars'>>): Data<'pillars'>[] {
  return ids.map((id) => pillarById.get(id)!).sort(byNumber)
}
