/**
 * Content collections in the order pages show them. `getCollection` returns entries by id, not
 * in the query's order, so each list states its own order here, once.
 */
import {getCollection, type CollectionEntry, type CollectionKey} from 'astro:content'

type Data<C extends CollectionKey> = CollectionEntry<C>['data']

async function dataOf<C extends CollectionKey>(collection: C): Promise<Data<C>[]> {
  return (await getCollection(collection)).map((entry) => entry.data as Data<C>)
}

const byRank = (a: {orderRank: string | null; name: string}, b: {orderRank: string | null; name: string}) =>
  (a.orderRank ?? '~').localeCompare(b.orderRank ?? '~') || a.name.localeCompare(b.name)

/** Pillars in the Task Force report's order. */
export const pillarsInOrder = async () => (await dataOf('pillars')).sort((a, b) => a.number - b.number)
/** Objectives in their numbered order. */
export const objectivesInOrder = async () => (await dataOf('objectives')).sort((a, b) => a.number - b.number)
/** Resources, newest first, then by title. */
export const resourcesNewestFirst = async () =>
  (await dataOf('resources')).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title))
/** Events, soonest first. */
export const eventsByStart = async () => (await dataOf('events')).sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title))
/** Partners in the order editors dragged them into. */
export const partnersInOrder = async () => (await dataOf('partners')).sort(byRank)
/** Publicly named funders in the order editors dragged them into. */
export const fundersInOrder = async () => (await dataOf('funders')).sort(byRank)

/** Every entry's data of a collection, by `_id`. */
export async function dataById<C extends CollectionKey>(collection: C): Promise<Map<string, Data<C>>> {
  return new Map((await dataOf(collection)).map((data) => [(data as {_id: string})._id, data]))
}

/** The pillars with the given ids, in report order. Validation has proved each id exists. */
export function pillarsFor(ids: string[], pillarById: Map<string, Data<'pillars'>>): Data<'pillars'>[] {
  return ids.map((id) => pillarById.get(id)!).sort((a, b) => a.number - b.number)
}
