/**
 * The build's side of publishing status: when content fails a Netlify build, its problem lines are
 * recorded for that deploy (directly, or handed to the build plugin), and the original error goes
 * on exactly as it was. Locally nothing happens at all.
 */
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {
  buildErrorLinesOf,
  readBuildErrorLines,
  recordBuildErrorLines,
  uploadHandedOffErrorLines,
} from '../../netlify/lib/build-error-lines.ts'
import {sanityLoaders} from '../../src/sanity/collection-loader'
import {collectionSpecs} from '../../src/sanity/collection-specs'
import {ContentSourceError, ContentValidationError} from '../../src/sanity/content-errors'
import type {ContentSource} from '../../src/sanity/content-source'
import {createSampleSource} from '../../src/sanity/sample-source'
import {startBlobsStandIn, type BlobsStandIn} from '../support/blobs-stand-in'
import {closedPort} from '../support/ports'

const DEPLOY_ID = '6745eeeeeeeeeeeeeeeeeeee'
const problems = [{type: 'pillar', id: 'pillar-3', field: 'title', problem: 'is required: give the pillar a title'}]
const contentError = () => new ContentValidationError(['pillars'], 'the sample dataset', problems)

let blobs: BlobsStandIn
let handoffDir: string
let logs: string[]
beforeAll(async () => {
  blobs = await startBlobsStandIn()
})
afterAll(() => blobs.close())
beforeEach(async () => {
  await blobs.clear()
  handoffDir = await mkdtemp(join(tmpdir(), 'onecop-handoff-'))
  logs = []
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(handoffDir, {recursive: true, force: true})
})

const inBuild = (extra: Record<string, string> = {}) => ({NETLIFY: 'true', DEPLOY_ID, ...extra})
const options = (env: Record<string, string>, extra = {}) => ({env, handoffDir, log: (m: string) => logs.push(m), ...extra})
const recordedLines = () => readBuildErrorLines(DEPLOY_ID, blobs.functionAccess)

/** Runs every loader once, as a sync of Astro's content layer does; resolves with each outcome. */
function sync(source: ContentSource) {
  const loaders = sanityLoaders(source, collectionSpecs) as Record<string, {load: (context: never) => Promise<void>}>
  const context = {store: {clear: () => {}, set: () => {}}, logger: {info: () => {}}}
  return Promise.allSettled(Object.values(loaders).map((loader) => loader.load(context as never)))
}

/** The sample dataset with one pillar's name emptied: a real content failure. */
function sampleWithUnnamedPillar(): ContentSource {
  const sample = createSampleSource()
  return {
    description: sample.description,
    async fetch(name, query, params) {
      const result = await sample.fetch(name, query, params)
      // The English pillar 1, as an editor might leave it: its Spanish translation has its own name.
      return name === 'pillarsQuery' && params?.language === 'en'
        ? (result as {name?: string}[]).map((pillar, i) => (i === 0 ? {...pillar, name: ''} : pillar))
        : result
    },
  }
}

describe('the lines a failed build leaves', () => {
  it('are `type id: field: problem` for content that fails validation, as the build log prints them', () => {
    expect(buildErrorLinesOf(contentError())).toEqual(['pillar pillar-3: title: is required: give the pillar a title'])
    for (const line of contentError().message.split('\n').slice(1, -1)) expect(buildErrorLinesOf(contentError())).toContain(line.trim())
  })

  it('are none for any other error, a source that could not be read included (its message names hosts and datasets)', () => {
    expect(
      buildErrorLinesOf(new ContentSourceError('Could not run the query "pagesQuery" against the Sanity Content Lake (host x, dataset y)')),
    ).toBeNull()
    expect(buildErrorLinesOf(new TypeError('x is undefined'))).toBeNull()
    expect(buildErrorLinesOf('a string')).toBeNull()
  })

  it('are capped, saying how many more there were', () => {
    const many = Array.from({length: 130}, (_, i) => ({type: 'event', id: `event-${i}`, field: 'end', problem: 'must be after the start'}))
    const lines = buildErrorLinesOf(new ContentValidationError(['events'], 'x', many))!
    expect(lines).toHaveLength(101)
    expect(lines.at(-1)).toBe('…and 30 more: see the deploy log on Netlify.')
  })
})

describe('recording them', () => {
  it.each([
    ['outside Netlify', {}],
    ['with NETLIFY=true but no DEPLOY_ID', {NETLIFY: 'true'}],
    ['with a DEPLOY_ID but not NETLIFY=true', {DEPLOY_ID}],
    ['in `netlify build` on a laptop (DEPLOY_ID=0)', {NETLIFY: 'true', DEPLOY_ID: '0'}],
  ])('does nothing %s: no file, no Blobs write, no log', async (_name, env) => {
    const before = await blobs.snapshot()
    await recordBuildErrorLines(contentError(), options({...env, NETLIFY_BLOBS_CONTEXT: blobs.buildContext(DEPLOY_ID)}))
    expect(await readdir(handoffDir)).toEqual([])
    expect(await blobs.snapshot()).toEqual(before)
    expect(logs).toEqual([])
  })

  it("writes them to the deploy's store when the build has Blobs access", async () => {
    await recordBuildErrorLines(contentError(), options(inBuild({NETLIFY_BLOBS_CONTEXT: blobs.buildContext(DEPLOY_ID)})))
    expect(await recordedLines()).toEqual(['pillar pillar-3: title: is required: give the pillar a title'])
    expect(await readdir(handoffDir)).toEqual([])
  })

  it('hands them to the build plugin when the build command has no Blobs access, as on Netlify', async () => {
    await recordBuildErrorLines(contentError(), options(inBuild()))
    expect(await readdir(handoffDir)).toHaveLength(1)
    expect(await recordedLines()).toBeNull()
    expect(await uploadHandedOffErrorLines(options(inBuild({NETLIFY_BLOBS_CONTEXT: blobs.buildContext(DEPLOY_ID)})))).toMatch(
      /^recorded 1 line/,
    )
    expect(await recordedLines()).toEqual(['pillar pillar-3: title: is required: give the pillar a title'])
  })

  it('gives up on an unreachable Blobs within its deadline and hands the lines off instead', async () => {
    const port = await closedPort()
    const started = Date.now()
    await recordBuildErrorLines(
      contentError(),
      options(inBuild(), {access: {...blobs.buildAccess, apiURL: `http://127.0.0.1:${port}`}, deadlineMs: 300}),
    )
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(logs.join('\n')).toMatch(/could not write to Netlify Blobs/)
    expect(await readdir(handoffDir)).toHaveLength(1)
  })

  it('records nothing for an error with no lines for editors', async () => {
    await recordBuildErrorLines(new TypeError('x is undefined'), options(inBuild({NETLIFY_BLOBS_CONTEXT: blobs.buildContext(DEPLOY_ID)})))
    expect(await recordedLines()).toBeNull()
    expect(await readdir(handoffDir)).toEqual([])
  })
})

describe('the build-error-lines plugin', () => {
  it('uploads what the build handed off, in onError', async () => {
    await recordBuildErrorLines(contentError(), options(inBuild()))
    vi.stubEnv('NETLIFY', 'true')
    vi.stubEnv('DEPLOY_ID', DEPLOY_ID)
    vi.stubEnv('TMPDIR', handoffDir)
    vi.stubEnv('NETLIFY_BLOBS_CONTEXT', blobs.buildContext(DEPLOY_ID))
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const plugin = await import('../../netlify/plugins/build-error-lines/index.js')
      await plugin.onError()
      expect(log.mock.calls.flat().join(' ')).toMatch(/build-error-lines: recorded 1 line/)
    } finally {
      log.mockRestore()
      vi.unstubAllEnvs()
    }
    expect(await recordedLines()).toEqual(['pillar pillar-3: title: is required: give the pillar a title'])
  })

  it('has nothing to do outside a Netlify build, or when the build left nothing', async () => {
    expect(await uploadHandedOffErrorLines(options({}))).toMatch(/not a Netlify build/)
    expect(await uploadHandedOffErrorLines(options(inBuild({NETLIFY_BLOBS_CONTEXT: blobs.buildContext(DEPLOY_ID)})))).toMatch(
      /left no content problems/,
    )
  })
})

describe('the content loader', () => {
  it('rejects with the very error the source threw, in a Netlify build as locally', async () => {
    const failure = new ContentSourceError('The Content Lake could not be reached: check SANITY_PROJECT_ID.')
    const failing: ContentSource = {description: 'a failing source', fetch: async () => Promise.reject(failure)}
    for (const outcome of await sync(failing)) expect(outcome).toEqual({status: 'rejected', reason: failure})

    vi.stubEnv('NETLIFY', 'true')
    vi.stubEnv('DEPLOY_ID', DEPLOY_ID)
    vi.stubEnv('TMPDIR', handoffDir)
    for (const outcome of await sync(failing)) expect(outcome).toEqual({status: 'rejected', reason: failure})
  })

  it('records a content failure once for the whole round of loaders, not once per collection', async () => {
    vi.stubEnv('NETLIFY', 'true')
    vi.stubEnv('DEPLOY_ID', DEPLOY_ID)
    vi.stubEnv('TMPDIR', handoffDir)
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const outcomes = await sync(sampleWithUnnamedPillar())
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true)
    expect(await readdir(handoffDir)).toHaveLength(1)
    expect(log.mock.calls.filter(([message]) => String(message).startsWith('build-error-lines:'))).toHaveLength(1)
    log.mockRestore()
  })

  it('records the problem lines of a real content failure for the deploy, and still fails the build with them', async () => {
    vi.stubEnv('NETLIFY', 'true')
    vi.stubEnv('DEPLOY_ID', DEPLOY_ID)
    vi.stubEnv('NETLIFY_BLOBS_CONTEXT', blobs.buildContext(DEPLOY_ID))
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const outcomes = await sync(sampleWithUnnamedPillar())
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
    const reasons = outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason)
    expect(reasons.every((reason) => reason instanceof ContentValidationError && reason === reasons[0])).toBe(true)
    const lines = await recordedLines()
    expect(lines).toHaveLength(1)
    expect(lines![0]).toMatch(/^pillar \S+: name: /)
    expect((reasons[0] as Error).message).toContain(lines![0])
  })

  it('still rejects with the original error when recording itself fails', async () => {
    vi.stubEnv('NETLIFY', 'true')
    vi.stubEnv('DEPLOY_ID', DEPLOY_ID)
    vi.stubEnv('TMPDIR', join(handoffDir, 'does-not-exist'))
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const outcomes = await sync(sampleWithUnnamedPillar())
    const reasons = outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason)
    expect(reasons.every((reason) => reason instanceof ContentValidationError && reason === reasons[0])).toBe(true)
    expect((reasons[0] as Error).message).toMatch(/^1 entry in the "pillars" collection .* cannot be published/)
    expect(log.mock.calls.flat().join(' ')).toMatch(/could not record the build's error lines/)
    log.mockRestore()
  })
})
