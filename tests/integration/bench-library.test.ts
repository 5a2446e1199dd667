/** The bench's generated resource library and directory: datasets the build accepts, varied, and the same on every run. */
import {afterAll, describe, expect, it} from 'vitest'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {RESOURCE_AUDIENCES, RESOURCE_TYPES, STATE_CODES} from '@onecop/content-model'
import {
  editOneResource,
  generateLibrary,
  readNdjson,
  SAMPLE_DATASET_FILE,
  SEARCH_TERMS,
  writeDataset,
} from '../../scripts/bench/generate-library.ts'
import {editOnePairing, generatePairings} from '../../scripts/bench/generate-pairings.ts'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import {loadAllCollections} from '../../src/sanity/load-documents'
import {createSampleSource} from '../../src/sanity/sample-source'

const sample = readNdjson(SAMPLE_DATASET_FILE)
const SIZE = 60
const library = generateLibrary(sample, SIZE)
const resources = library.filter((doc) => doc._type === 'resource')
const folders: string[] = []
/** A new temporary folder, removed after the tests. */
async function folder() {
  folders.push(await mkdtemp(join(tmpdir(), 'onecop-bench-library-')))
  return folders.at(-1)!
}
afterAll(() => Promise.all(folders.map((path) => rm(path, {recursive: true, force: true}))))

describe('a generated library', () => {
  it("passes the build's own validation, every collection and every document", async () => {
    const path = writeDataset(library, await folder())
    const collections = await loadAllCollections(createSampleSource(path), collectionSpecs)
    expect(collections.resources.en).toHaveLength(SIZE)
    expect(collections.pillars.en).toHaveLength(6)
    // Links only: no resource carries a file.
    for (const resource of collections.resources.en as unknown as {url: string | null; file: unknown}[]) {
      expect(resource.file).toBeNull()
      expect(resource.url).toMatch(/^https:\/\//)
    }
  })

  it('keeps every other document of the sample and replaces its resources', () => {
    // Partnerships keep everything but the sample resources they named, which are gone.
    const withoutSampleResources = (doc: Record<string, unknown>) => (doc._type === 'partnership' ? {...doc, resources: []} : doc)
    expect(library.filter((doc) => doc._type !== 'resource')).toEqual(
      sample.filter((doc) => doc._type !== 'resource').map(withoutSampleResources),
    )
    expect(resources).toHaveLength(SIZE)
    expect(resources.every((doc) => doc._id.startsWith('resource-bench-'))).toBe(true)
  })

  it('has unique ids and slugs, and varied titles, types, pillars, audiences, years and languages', () => {
    const distinct = (pick: (doc: Record<string, any>) => unknown) => new Set(resources.flatMap((doc) => [pick(doc)].flat()))
    expect(distinct((doc) => doc._id).size).toBe(SIZE)
    expect(distinct((doc) => doc.slug.current).size).toBe(SIZE)
    expect(distinct((doc) => doc.title).size).toBeGreaterThanOrEqual(SIZE * 0.9)
    expect(distinct((doc) => doc.resourceType)).toEqual(new Set(RESOURCE_TYPES.map((type) => type.value)))
    expect(distinct((doc) => doc.audience)).toEqual(new Set(RESOURCE_AUDIENCES.map((audience) => audience.value)))
    expect(distinct((doc) => doc.pillars.map((pillar: {_ref: string}) => pillar._ref)).size).toBe(6)
    const years = [...distinct((doc) => Number(doc.publishedAt.slice(0, 4)))] as number[]
    expect(years.length).toBeGreaterThanOrEqual(12)
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2005)
    expect(Math.max(...years)).toBeLessThanOrEqual(2026)
    expect(distinct((doc) => doc.language)).toEqual(new Set(['en', 'es']))
  })

  it('is the same on every run, and a larger one has every search term of the bench in its titles', () => {
    expect(generateLibrary(sample, SIZE)).toEqual(library)
    const titles = generateLibrary(sample, 500)
      .filter((doc) => doc._type === 'resource')
      .map((doc) => doc.title.toLowerCase())
    for (const term of SEARCH_TERMS) expect(titles.some((title) => title.includes(term))).toBe(true)
  })

  it("changes one resource's title, and nothing else, for the warm rebuild", async () => {
    const path = writeDataset(library, await folder())
    const id = editOneResource(path)
    const edited = (await readFile(path, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    const changed = edited.filter((doc, i) => JSON.stringify(doc) !== JSON.stringify(library[i]))
    expect(changed.map((doc) => doc._id)).toEqual([id])
    expect(changed[0].title).toBe(`${library.find((doc) => doc._id === id)!.title} (revised)`)
  })
})

describe('a generated directory', () => {
  const PAIRINGS = 400
  const directory = generatePairings(library, PAIRINGS)
  const pairings = directory.filter((doc) => doc._type === 'partnership')

  it("passes the build's own validation, with the sample's partnerships kept and as many in all as asked", async () => {
    const path = writeDataset(directory, await folder())
    const collections = await loadAllCollections(createSampleSource(path), collectionSpecs)
    expect(collections.partnerships.en).toHaveLength(PAIRINGS)
    expect(directory.filter((doc) => doc._type !== 'partnership')).toEqual(library.filter((doc) => doc._type !== 'partnership'))
    for (const doc of library.filter((each) => each._type === 'partnership')) expect(pairings).toContainEqual(doc)
  })

  it('spreads pairings over every state by population, over cities of falling size, with unique ids and slugs', () => {
    const perState = new Map<string, number>()
    for (const doc of pairings) perState.set(doc.agency.state, (perState.get(doc.agency.state) ?? 0) + 1)
    expect([...perState.keys()].sort()).toEqual([...STATE_CODES].sort())
    expect(Math.min(...perState.values())).toBeGreaterThanOrEqual(3)
    expect(perState.get('CA')!).toBeGreaterThan(perState.get('WY')! * 5)
    expect(new Set(pairings.map((doc) => doc._id)).size).toBe(PAIRINGS)
    expect(new Set(pairings.map((doc) => `${doc.agency.state}/${doc.slug.current}`)).size).toBe(PAIRINGS)
    // Cities of falling size: California's biggest has several pairings, and most of its cities few.
    const inCalifornia = new Map<string, number>()
    for (const doc of pairings.filter((each) => each.agency.state === 'CA'))
      inCalifornia.set(doc.agency.city, (inCalifornia.get(doc.agency.city) ?? 0) + 1)
    expect(Math.max(...inCalifornia.values())).toBeGreaterThanOrEqual(5)
    expect(inCalifornia.size).toBeGreaterThanOrEqual(5)
    expect(generatePairings(library, PAIRINGS)).toEqual(directory)
  })

  it("changes one partnership's congregation name, and nothing else, for the warm rebuild", async () => {
    const path = writeDataset(directory, await folder())
    const id = editOnePairing(path)
    const edited = (await readFile(path, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    const changed = edited.filter((doc, i) => JSON.stringify(doc) !== JSON.stringify(directory[i]))
    expect(changed.map((doc) => doc._id)).toEqual([id])
    expect(changed[0].congregation.name).toBe(`${directory.find((doc) => doc._id === id)!.congregation.name} (revised)`)
  })
})
