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

/** Runs every loader once, as one sync of Astro's content layer does; returns the stored ids. */
async function syncOnce(loaders: Record<string, {load: (context: never) => Promise<void>}>) {
  const stored: Record<string, string[]> = {}
  await Promise.all(
    Object.entries(loaders).map(([collection, loader]) => {
      const ids: string[] = (stored[collection] = [])
      const context = {store: {clear: () => ids.splice(0), set: ({id}: {id: string}) => ids.push(id)}, logger: {info: () => {}}}
      return loader.load(context as never)
    }),
  )
  return stored
}

describe('sanityLoaders', () => {
  it("runs each collection's query once per sync (a translated one once per language), and again on the next sync", async () => {
    const source = countingSource()
    const loaders = sanityLoaders(source, collectionSpecs)
    const stored = await syncOnce(loaders as never)
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
})
