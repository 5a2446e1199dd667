import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ContentSourceError} from '../../src/sanity/content-errors'
import {EnvironmentError, lakeConfigFromEnv, type LakeConfig} from '../../src/sanity/environment'
import {createLakeSource} from '../../src/sanity/lake-source'
import * as queries from '../../src/sanity/queries'
import {LANGUAGES} from '@onecop/content-model'
import {collectionRegistry} from '../../src/sanity/collection-registry'
import {queryParams} from '../../src/sanity/load-documents'
import {createSampleSource} from '../../src/sanity/sample-source'
import {sampleDocuments} from '../support/sample-dataset'
import {closedPort} from '../support/ports'
import {startSanityStandIn, type SanityStandIn} from '../support/sanity-stand-in'

let standIn: SanityStandIn

beforeAll(async () => {
  standIn = await startSanityStandIn(await sampleDocuments())
})
afterAll(() => standIn.close())

const lakeConfig = (overrides: Partial<LakeConfig> = {}): LakeConfig => ({
  projectId: 'onecoptest',
  dataset: 'production',
  apiVersion: '2026-11-01',
  perspective: 'published',
  apiHost: standIn.url,
  maxRetries: 0,
  timeoutMs: 5_000,
  ...overrides,
})

/** The error a failing fetch throws, for asserting on its text. */
async function failureOf(promise: Promise<unknown>): Promise<ContentSourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ContentSourceError)
  return error as ContentSourceError
}

describe('lakeConfigFromEnv', () => {
  it('is off without SANITY_PROJECT_ID, so the sample dataset is used', () => {
    expect(lakeConfigFromEnv({})).toBeUndefined()
    expect(lakeConfigFromEnv({SANITY_PROJECT_ID: '  '})).toBeUndefined()
  })

  it('reads the documented variables with their defaults', () => {
    expect(lakeConfigFromEnv({SANITY_PROJECT_ID: 'abc123'})).toEqual({
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      perspective: 'published',
      token: undefined,
      apiHost: undefined,
    })
    expect(
      lakeConfigFromEnv({
        SANITY_PROJECT_ID: 'abc123',
        SANITY_DATASET: 'staging',
        SANITY_API_VERSION: '2025-02-19',
        SANITY_API_READ_TOKEN: 'sk-test',
        SANITY_PERSPECTIVE: 'drafts',
        SANITY_API_HOST: 'http://127.0.0.1:9',
      }),
    ).toEqual({
      projectId: 'abc123',
      dataset: 'staging',
      apiVersion: '2025-02-19',
      perspective: 'drafts',
      token: 'sk-test',
      apiHost: 'http://127.0.0.1:9',
    })
  })
})

describe('a setting that cannot work stops the build, naming the variable', () => {
  it.each([
    ['SANITY_PERSPECTIVE', 'previewDrafts', /SANITY_PERSPECTIVE is "previewDrafts", which cannot work: use one of published, drafts/],
    [
      'SANITY_API_HOST',
      '127.0.0.1:3333',
      /SANITY_API_HOST is "127.0.0.1:3333", which cannot work: use a full http:\/\/ or https:\/\/ address/,
    ],
    ['SANITY_API_HOST', 'ftp://api.example.org', /SANITY_API_HOST is "ftp:\/\/api.example.org"/],
    ['SANITY_API_HOST', 'https://api.example.org/v1', /SANITY_API_HOST is "https:\/\/api.example.org\/v1"/],
    ['SANITY_DATASET', 'Production Copy', /SANITY_DATASET is "Production Copy", which cannot work/],
    ['SANITY_API_VERSION', 'latest', /SANITY_API_VERSION is "latest", which cannot work: use a date such as \d{4}-\d{2}-\d{2}/],
    ['SANITY_PROJECT_ID', 'My Project', /SANITY_PROJECT_ID is "My Project", which cannot work/],
  ])('%s=%s', (name, value, message) => {
    const env = {SANITY_PROJECT_ID: 'abc123', [name]: value}
    expect(() => lakeConfigFromEnv(env)).toThrow(EnvironmentError)
    expect(() => lakeConfigFromEnv(env)).toThrow(message)
  })

  it('ignores the Lake settings when no project is set', () => {
    expect(lakeConfigFromEnv({SANITY_PERSPECTIVE: 'nonsense', SANITY_API_HOST: 'nonsense'})).toBeUndefined()
  })
})

describe('the @sanity/client path against a local stand-in', () => {
  const named = Object.entries(queries)

  it.each(named)('%s returns exactly what the sample dataset returns, in each language', async (name, query) => {
    const spec = Object.values(collectionRegistry).find((collection) => collection.queryName === name)!
    for (const language of LANGUAGES) {
      const viaLake = await createLakeSource(lakeConfig()).fetch(name, query, queryParams(spec, language))
      const viaSample = await createSampleSource().fetch(name, query, queryParams(spec, language))
      expect(viaLake).toEqual(viaSample)
      expect(Array.isArray(viaLake) && viaLake.length).toBeGreaterThan(0)
    }
  })

  it('asks the query API of the configured dataset, without the CDN', async () => {
    const before = standIn.requests.length
    await createLakeSource(lakeConfig({dataset: 'staging'})).fetch('pillarsQuery', queries.pillarsQuery, {language: 'en'})
    expect(standIn.requests.slice(before)).toEqual([expect.stringMatching(/^\/v2026-11-01\/data\/query\/staging\?/)])
    expect(standIn.requests.at(-1)).toContain('perspective=published')
    await createLakeSource(lakeConfig({perspective: 'drafts', token: 'sk-preview'})).fetch('pillarsQuery', queries.pillarsQuery, {
      language: 'en',
    })
    expect(standIn.requests.at(-1)).toContain('perspective=drafts')
  })

  it('passes parameters as GROQ parameters and fails on an unbound one, like the sample source', async () => {
    const lake = createLakeSource(lakeConfig())
    const sample = createSampleSource()
    const query = '*[_type == "pillar" && number == $number][0].name'
    expect(await lake.fetch('byNumber', query, {number: 4})).toBe('Community Policing & Crime Reduction')
    expect(await sample.fetch('byNumber', query, {number: 4})).toBe('Community Policing & Crime Reduction')
    expect((await failureOf(lake.fetch('byNumber', query))).message).toMatch(/\$number/)
    expect((await failureOf(sample.fetch('byNumber', query))).message).toMatch(/\$number/)
  })
})

describe('when the Content Lake cannot be trusted, the error says where, what and why', () => {
  const expectSourceNamed = (message: string, queryName: string) => {
    expect(message).toContain(`"${queryName}"`)
    expect(message).toContain(`host ${standIn.url}`)
    expect(message).toContain('dataset production')
  }

  it('HTTP 500', async () => {
    standIn.behave({kind: 'status', status: 500})
    try {
      const error = await failureOf(createLakeSource(lakeConfig()).fetch('pillarsQuery', queries.pillarsQuery, {language: 'en'}))
      expectSourceNamed(error.message, 'pillarsQuery')
      expect(error.message).toContain('HTTP 500')
      expect(error.message).toMatch(/build again later/)
    } finally {
      standIn.behave({kind: 'dataset'})
    }
  })

  it('HTTP 503 after the client has retried', async () => {
    standIn.behave({kind: 'status', status: 503})
    const before = standIn.requests.length
    try {
      const error = await failureOf(
        createLakeSource(lakeConfig({maxRetries: 2})).fetch('pillarsQuery', queries.pillarsQuery, {language: 'en'}),
      )
      expect(error.message).toContain('HTTP 503')
      expect(standIn.requests.length - before).toBe(3)
    } finally {
      standIn.behave({kind: 'dataset'})
    }
  })

  it.each([401, 403])('HTTP %i names the token to fix', async (status) => {
    standIn.behave({kind: 'status', status, body: {error: 'Unauthorized', message: 'Session not found'}})
    try {
      const error = await failureOf(
        createLakeSource(lakeConfig({token: 'sk-test-secret-token'})).fetch('resourcesQuery', queries.resourcesQuery),
      )
      expectSourceNamed(error.message, 'resourcesQuery')
      expect(error.message).toContain(`HTTP ${status}`)
      expect(error.message).toContain('SANITY_API_READ_TOKEN')
      expect(error.message).not.toContain('sk-test-secret-token')
    } finally {
      standIn.behave({kind: 'dataset'})
    }
  })

  it('a GROQ error quotes the API and points at the queries module', async () => {
    const error = await failureOf(createLakeSource(lakeConfig()).fetch('brokenQuery', '*[_type == "pillar"'))
    expectSourceNamed(error.message, 'brokenQuery')
    expect(error.message).toContain('HTTP 400')
    expect(error.message).toContain('src/sanity/queries.ts')
  })

  it('an answer that is not JSON', async () => {
    standIn.behave({kind: 'not-json'})
    try {
      const error = await failureOf(createLakeSource(lakeConfig()).fetch('pillarsQuery', queries.pillarsQuery, {language: 'en'}))
      expectSourceNamed(error.message, 'pillarsQuery')
      expect(error.message).toMatch(/not JSON/)
    } finally {
      standIn.behave({kind: 'dataset'})
    }
  })

  it('no answer in time', async () => {
    standIn.behave({kind: 'hang'})
    try {
      const error = await failureOf(
        createLakeSource(lakeConfig({timeoutMs: 300})).fetch('pillarsQuery', queries.pillarsQuery, {language: 'en'}),
      )
      expectSourceNamed(error.message, 'pillarsQuery')
      expect(error.message).toMatch(/no answer in time/)
    } finally {
      standIn.behave({kind: 'dataset'})
    }
  })

  it('a refused connection', async () => {
    const port = await closedPort()
    const error = await failureOf(
      createLakeSource(lakeConfig({apiHost: `http://127.0.0.1:${port}`, maxRetries: 1})).fetch('pillarsQuery', queries.pillarsQuery, {
        language: 'en',
      }),
    )
    expect(error.message).toContain(`host http://127.0.0.1:${port}`)
    expect(error.message).toContain('"pillarsQuery"')
    expect(error.message).toMatch(/could not be reached/)
  })
})
