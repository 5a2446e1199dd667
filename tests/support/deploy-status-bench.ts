/**
 * The deploy-status function's test bench: a local Blobs server cleared before each test, the
 * function's dependencies with a fixed clock, two deploys as Netlify's notifications describe
 * them, and a reader of the published status.
 */
import {afterAll, beforeAll, beforeEach, expect} from 'vitest'
import {readBuildErrorLines} from '../../netlify/lib/build-error-lines.ts'
import {handleDeployStatus} from '../../netlify/lib/deploy-status.ts'
import {handlePublishStatus} from '../../netlify/lib/publish-status.ts'
import {openPublishStatusStore} from '../../netlify/lib/publish-status-store.ts'
import type {PublishStatus} from '../../netlify/lib/publish-status-types.ts'
import {startBlobsStandIn, type BlobsStandIn} from './blobs-stand-in'
import {DEPLOY_SECRET, deployBody, deployNotification, type DeployFields} from './deploy-notifications'

export const NOW = Date.parse('2026-11-25T12:00:00.000Z')
export const at = (minutesBeforeNow: number) => new Date(NOW - minutesBeforeNow * 60_000).toISOString()

/** Deploy A: started 5 minutes ago by the Sanity webhook, as each of its notifications describes it. */
export const A = {id: '6745aaaaaaaaaaaaaaaaaaaa', created_at: at(5), title: 'Sanity: resource resource-program-one-pager'}
export const aBuilding: DeployFields = {...A, state: 'building', updated_at: at(4.9)}
export const aReady: DeployFields = {...A, state: 'ready', updated_at: at(2), published_at: at(2)}
export const aFailed: DeployFields = {...A, state: 'error', updated_at: at(3), error_message: 'Build script returned non-zero exit code: 2'}
/** Deploy B: started a minute ago, after A. */
export const B = {id: '6745bbbbbbbbbbbbbbbbbbbb', created_at: at(1), title: 'Sanity: event event-x'}
export const bBuilding: DeployFields = {...B, state: 'building', updated_at: at(0.9)}

/** Registers the bench's hooks in the calling test file and returns its handles. */
export function deployStatusBench() {
  const bench = {blobs: undefined as unknown as BlobsStandIn, logs: [] as string[]}
  beforeAll(async () => {
    bench.blobs = await startBlobsStandIn()
  })
  afterAll(() => bench.blobs.close())
  beforeEach(async () => {
    await bench.blobs.clear()
    bench.logs = []
  })
  const deps = (overrides = {}) => ({
    secret: DEPLOY_SECRET,
    store: openPublishStatusStore(bench.blobs.functionAccess),
    buildErrorLines: (deployId: string) => readBuildErrorLines(deployId, bench.blobs.functionAccess),
    now: () => NOW,
    log: (message: string) => bench.logs.push(message),
    ...overrides,
  })
  const notify = (fields: DeployFields, overrides = {}) => handleDeployStatus(deployNotification(deployBody(fields)), deps(overrides))
  async function status(): Promise<PublishStatus> {
    const response = await handlePublishStatus(new Request('https://onecop.example.org/api/publish-status'), {
      store: openPublishStatusStore(bench.blobs.functionAccess),
      studioUrl: undefined,
      now: () => NOW,
    })
    expect(response.status).toBe(200)
    return (await response.json()) as PublishStatus
  }
  return {bench, deps, notify, status}
}
