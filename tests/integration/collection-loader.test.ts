/** The collection loaders: one query per collection per sync, shared by all collections. */
import {describe, expect, it} from 'vitest'
import {LANGUAGES} from '@onecop/content-model'
import {sanityLoaders} from '../../src/sanity/collection-loader'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import type {ContentSource} from '../../src/sanity/content-source'
import {createSampleSource} from '../../src/sanity/sample-source'

/** The sample source, counting the queries it runs. */
function countingSource(): ContentSource & {queries: string[]} {
  const sample = createSampleSource()
  const queries: string[] = []
  return {
    description: sample.description,
    queries,
    fetch(name, query, params) {
      queries.push(params?.language ? `${name} ${String(params.language)}` : name)
      return sample.fetch(name, query, params)
    },
  }
}

/** An entry as Astro's store keeps it. */
type Stored = {data: unknown; digest: string}

/**
 * Runs every loader once, as one sync of Astro's content layer does, into `stores` (a collection's
 * entries by id, kept from sync to sync as Astro's cache keeps them); returns the stored ids and
 * how many entries each collection wrote.
 */
async function syncOnce(
  loaders: Record<string, {load: (context: never) => Promise<void>}>,
  stores: Record<string, Map<string, Stored>> = {},
) {
  const stored: Record<string, string[]> = {}
  const written: Record<string, number> = {}
  await Promise.all(
    Object.entries(loaders).map(([collection, loader]) => {
      const entries = (stores[collection] ??= new Map())
      written[collection] = 0
      const store = {
        keys: () => [...entries.keys()],
        delete: (id: string) => entries.delete(id),
        // As Astro's: an entry whose digest has not changed is not written again.
        set: ({id, data, digest}: {id: string} & Stored) => {
          if (entries.get(id)?.digest === digest) return false
          entries.set(id, {data, digest})
          written[collection] += 1
          return true
        },
      }
      const context = {store, logger: {info: () => {}}, generateDigest: (data: unknown) => JSON.stringify(data)}
      return loader.load(context as never).then(() => (stored[collection] = [...entries.keys()]))
    }),
  )
  return {stored, written}
}

describe('sanityLoaders', () => {
  it("runs each collection's query once per sync (a translated one once per language), and again on the next sync", async () => {
    const source = countingSource()
    const loaders = sanityLoaders(source, collectionSpecs)
    const {stored} = await syncOnce(loaders as never)
    const oneSync = Object.values(collectionSpecs)
      .flatMap((spec) => ('translated' in spec ? LANGUAGES.map((language) => `${spec.queryName} ${language}`) : [spec.queryName]))
      .sort()
    expect(source.queries.sort()).toEqual(oneSync)
    // A translated collection holds each document once per language, an untranslated one once.
    expect(stored.pillars.sort()).toEqual(LANGUAGES.flatMap((language) => [1, 2, 3, 4, 5, 6].map((n) => `${language}/pillar-${n}`)).sort())
    expect(stored.resources.length).toBeGreaterThanOrEqual(40)
    expect(stored.resources.every((id) => !id.includes('/'))).toBe(true)
    await syncOnce(loaders as never)
    expect(source.queries).toHaveLength(2 * oneSync.length)
  })

  it('writes again only the entries whose data changed, and deletes the ones that are gone', async () => {
    const sample = createSampleSource()
    // What the next sync's dataset changes: one resource gone, another retitled.
    const change: {hidden?: string; retitled?: string} = {}
    const source: ContentSource = {
      description: sample.description,
      async fetch(name, query, params) {
        const rows = (await sample.fetch(name, query, params)) as {_id: string; title?: string}[]
        if (name !== 'resourcesQuery') return rows
        return rows
          .filter((row) => row._id !== change.hidden)
          .map((row) => (row._id === change.retitled ? {...row, title: `${row.title} (revised)`} : row))
      },
    }
    const loaders = sanityLoaders(source, collectionSpecs)
    const stores: Record<string, Map<string, Stored>> = {}
    const first = await syncOnce(loaders as never, stores)
    expect(first.written.resources).toBe(first.stored.resources.length)
    const [one, two] = first.stored.resources
    change.retitled = one
    change.hidden = two
    const second = await syncOnce(loaders as never, stores)
    expect(second.written.resources).toBe(1)
    expect((stores.resources.get(one)!.data as {title: string}).title).toMatch(/\(revised\)$/)
    expect(second.stored.resources).not.toContain(two)
    expect(second.stored.resources).toHaveLength(first.stored.resources.length - 1)
    expect(second.written.pillars).toBe(0)
  })
})
