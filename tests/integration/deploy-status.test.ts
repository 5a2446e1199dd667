/**
 * The deploy-status function: signed Netlify deploy notifications, recorded in a local Netlify
 * Blobs server and served back by the publish-status function. Anything not genuine, current
 * and well-formed must leave every file of the store as it was.
 */
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {readBuildErrorLines, recordBuildErrorLines, uploadHandedOffErrorLines} from '../../netlify/lib/build-error-lines.ts'
import {handleDeployStatus, MAX_BODY_BYTES} from '../../netlify/lib/deploy-status.ts'
import {handlePublishStatus} from '../../netlify/lib/publish-status.ts'
import {openPublishStatusStore} from '../../netlify/lib/publish-status-store.ts'
import type {PublishStatus} from '../../netlify/lib/publish-status-types.ts'
import {ContentValidationError} from '../../src/sanity/content-errors.ts'
import {startBlobsStandIn, type BlobsStandIn} from '../support/blobs-stand-in'
import {DEPLOY_SECRET, deployBody, deployNotification, signDeploy, type DeployFields} from '../support/deploy-notifications'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const NOW = Date.parse('2026-11-25T12:00:00.000Z')
const at = (minutesBeforeNow: number) => new Date(NOW - minutesBeforeNow * 60_000).toISOString()

let blobs: BlobsStandIn
let logs: string[]
beforeAll(async () => {
  blobs = await startBlobsStandIn()
})
afterAll(() => blobs.close())
beforeEach(async () => {
  await blobs.clear()
  logs = []
})

const deps = (overrides = {}) => ({
  secret: DEPLOY_SECRET,
  store: openPublishStatusStore(blobs.functionAccess),
  buildErrorLines: (deployId: string) => readBuildErrorLines(deployId, blobs.functionAccess),
  now: () => NOW,
  log: (message: string) => logs.push(message),
  ...overrides,
})

/** Deploy A: started 5 minutes ago by the Sanity webhook, as each of its notifications describes it. */
const A = {id: '6745aaaaaaaaaaaaaaaaaaaa', created_at: at(5), title: 'Sanity: resource resource-program-one-pager'}
const aBuilding: DeployFields = {...A, state: 'building', updated_at: at(4.9)}
const aReady: DeployFields = {...A, state: 'ready', updated_at: at(2), published_at: at(2)}
const aFailed: DeployFields = {...A, state: 'error', updated_at: at(3), error_message: 'Build script returned non-zero exit code: 2'}
/** Deploy B: started a minute ago, after A. */
const B = {id: '6745bbbbbbbbbbbbbbbbbbbb', created_at: at(1), title: 'Sanity: event event-x'}
const bBuilding: DeployFields = {...B, state: 'building', updated_at: at(0.9)}

async function notify(fields: DeployFields, overrides = {}) {
  return handleDeployStatus(deployNotification(deployBody(fields)), deps(overrides))
}

async function status(): Promise<PublishStatus> {
  const response = await handlePublishStatus(new Request('https://onecop.example.org/api/publish-status'), {
    store: openPublishStatusStore(blobs.functionAccess),
    studioUrl: undefined,
    now: () => NOW,
  })
  expect(response.status).toBe(200)
  return (await response.json()) as PublishStatus
}

describe('a deploy notification sequence', () => {
  it('records building, then ready, and /api/publish-status serves each', async () => {
    expect(await status()).toEqual({latestDeploy: null, lastLiveDeploy: null, publishes: {}, checkedAt: new Date(NOW).toISOString()})

    expect((await notify(aBuilding)).status).toBe(200)
    const building = await status()
    expect(building.latestDeploy).toEqual({
      id: A.id,
      state: 'building',
      startedAt: A.created_at,
      finishedAt: null,
      commitRef: null,
      trigger: A.title,
      errorLines: [],
    })
    expect(building.lastLiveDeploy).toBeNull()

    expect((await notify(aReady)).status).toBe(200)
    const live = await status()
    const expected = {
      id: A.id,
      state: 'ready',
      startedAt: A.created_at,
      finishedAt: aReady.published_at,
      commitRef: null,
      trigger: A.title,
      errorLines: [],
    }
    expect(live.latestDeploy).toEqual(expected)
    expect(live.lastLiveDeploy).toEqual(expected)
  })

  it('keeps the last live deploy while a newer one builds, and the newer one as latest when the older one is reported late', async () => {
    await notify(aBuilding)
    await notify(aReady)
    await notify(bBuilding)
    let current = await status()
    expect(current.latestDeploy?.id).toBe(B.id)
    expect(current.lastLiveDeploy?.id).toBe(A.id)

    // A's "ready" delivered again, after B started: a redelivery, nothing moves.
    expect((await notify(aReady)).status).toBe(200)
    current = await status()
    expect(current.latestDeploy?.id).toBe(B.id)
  })

  it('refuses "started" delivered after "succeeded" (409), so a live deploy never reads as building again', async () => {
    await notify(aReady)
    const before = await blobs.snapshot()
    const response = await notify(aBuilding)
    expect(response.status).toBe(409)
    expect(await blobs.snapshot()).toEqual(before)
    expect((await status()).latestDeploy?.state).toBe('ready')
  })

  it('records two notifications that arrive at the same moment, neither overwriting the other', async () => {
    await notify(aBuilding)
    const responses = await Promise.all([notify(aReady), notify(bBuilding)])
    expect(responses.map((response) => response.status)).toEqual([200, 200])
    const current = await status()
    expect(current.latestDeploy?.id).toBe(B.id)
    expect(current.lastLiveDeploy?.id).toBe(A.id)
  })
})

describe('a failed build', () => {
  const problems = [
    {type: 'resource', id: 'resource-program-one-pager', field: 'title', problem: 'is required: give the resource a title'},
    {
      type: 'event',
      id: 'event-westside-safety-briefing-dec',
      field: 'end',
      problem: 'must be after the start: check the end date and time',
    },
  ]
  const lines = [
    'resource resource-program-one-pager: title: is required: give the resource a title',
    'event event-westside-safety-briefing-dec: end: must be after the start: check the end date and time',
  ]
  const contentError = () => new ContentValidationError(['resources', 'events'], 'the Sanity Content Lake', problems)
  const inBuild = (extra: Record<string, string> = {}) => ({NETLIFY: 'true', DEPLOY_ID: A.id, ...extra})

  it('shows the lines the build recorded, when the build command had Blobs access', async () => {
    await recordBuildErrorLines(contentError(), {env: inBuild({NETLIFY_BLOBS_CONTEXT: blobs.buildContext(A.id)}), log: (m) => logs.push(m)})
    await notify(aBuilding)
    expect((await notify(aFailed)).status).toBe(200)
    const current = await status()
    expect(current.latestDeploy).toMatchObject({id: A.id, state: 'error', finishedAt: aFailed.updated_at, errorLines: lines})
    expect(current.lastLiveDeploy).toBeNull()
  })

  it('shows the lines the build plugin uploaded, when the build command had none (as on Netlify)', async () => {
    const handoffDir = await mkdtemp(join(tmpdir(), 'onecop-handoff-'))
    try {
      await recordBuildErrorLines(contentError(), {env: inBuild(), handoffDir, log: (m) => logs.push(m)})
      expect(await readdir(handoffDir)).toEqual([`onecop-build-error-lines-${A.id}.json`])
      const outcome = await uploadHandedOffErrorLines({env: inBuild({NETLIFY_BLOBS_CONTEXT: blobs.buildContext(A.id)}), handoffDir})
      expect(outcome).toMatch(/^recorded 2 line/)
      expect(await readdir(handoffDir)).toEqual([])
      await notify(aFailed)
      expect((await status()).latestDeploy?.errorLines).toEqual(lines)
    } finally {
      await rm(handoffDir, {recursive: true, force: true})
    }
  })

  it("shows Netlify's error message when the build recorded no lines", async () => {
    await notify(aFailed)
    expect((await status()).latestDeploy?.errorLines).toEqual(['Build script returned non-zero exit code: 2'])
  })

  it("does not mix up deploys: another deploy's lines are not shown", async () => {
    await recordBuildErrorLines(contentError(), {
      env: {NETLIFY: 'true', DEPLOY_ID: B.id, NETLIFY_BLOBS_CONTEXT: blobs.buildContext(B.id)},
      log: () => {},
    })
    await notify(aFailed)
    expect((await status()).latestDeploy?.errorLines).toEqual(['Build script returned non-zero exit code: 2'])
  })
})

describe('notifications that must change nothing', () => {
  const readyBody = deployBody(aReady)
  const refused: [string, () => Request, number][] = [
    ['unsigned', () => deployNotification(readyBody, {signature: null}), 401],
    [
      'signed with the wrong secret',
      () => deployNotification(readyBody, {signature: signDeploy(readyBody, {secret: 'not-the-secret'})}),
      401,
    ],
    [
      'signed with "alg: none" and no MAC',
      () => deployNotification(readyBody, {signature: signDeploy(readyBody, {alg: 'none'}).replace(/[^.]+$/, '')}),
      401,
    ],
    ['labelled HS512', () => deployNotification(readyBody, {signature: signDeploy(readyBody, {alg: 'HS512'})}), 401],
    ['issued by someone other than netlify', () => deployNotification(readyBody, {signature: signDeploy(readyBody, {iss: 'evil'})}), 401],
    [
      'whose body does not match the signed hash',
      () => deployNotification(readyBody, {signature: signDeploy(deployBody({...aReady, id: B.id}))}),
      401,
    ],
    ['tampered after signing', () => deployNotification(readyBody.replace('"ready"', '"error"'), {signature: signDeploy(readyBody)}), 401],
    ['with a signature of garbage', () => deployNotification(readyBody, {signature: 'garbage.!!.x'}), 401],
    [
      'updated two hours ago (a replay)',
      () => deployNotification(deployBody({...aReady, updated_at: at(120), published_at: at(120)})),
      401,
    ],
    ['updated an hour in the future', () => deployNotification(deployBody({...aReady, updated_at: at(-60)})), 401],
    [
      'older than what is recorded for the deploy (out of order)',
      () => deployNotification(deployBody({...aBuilding, updated_at: at(4.95)})),
      409,
    ],
    ['over 64 KB', () => deployNotification(deployBody({...aReady, title: 'x'.repeat(MAX_BODY_BYTES)})), 413],
    ['not JSON', () => deployNotification('<xml>nope</xml>'), 400],
    [
      'without created_at',
      () => deployNotification(JSON.stringify({id: A.id, state: 'ready', context: 'production', updated_at: at(1)})),
      400,
    ],
    ['with an unknown state', () => deployNotification(deployBody({...aReady, state: 'enqueued'})), 400],
    ['with an id Blobs could not use', () => deployNotification(deployBody({...aReady, id: '../../etc/passwd'})), 400],
    ['empty', () => deployNotification('', {signature: signDeploy('')}), 400],
    ['sent as a GET', () => deployNotification(readyBody, {method: 'GET'}), 405],
    ['for a deploy preview', () => deployNotification(deployBody({...aReady, context: 'deploy-preview'})), 202],
    ['delivered twice (the current state again)', () => deployNotification(deployBody(aBuilding)), 200],
    [
      'about an older deploy that never went live',
      () => deployNotification(deployBody({...aFailed, id: '6745cccccccccccccccccccc', created_at: at(30), updated_at: at(29)})),
      202,
    ],
  ]

  it.each(refused)('answers one %s with its status and leaves the store as it was', async (_name, make, expected) => {
    expect((await notify(aBuilding)).status).toBe(200)
    const before = await blobs.snapshot()
    expect(Object.keys(before).length).toBeGreaterThan(0)
    const response = await handleDeployStatus(make(), deps())
    expect(response.status).toBe(expected)
    expect(await blobs.snapshot()).toEqual(before)
    expect((await status()).latestDeploy).toMatchObject({id: A.id, state: 'building'})
  })

  it('is a 500 naming NETLIFY_DEPLOY_NOTIFICATION_SECRET when it is unset, and records nothing', async () => {
    const before = await blobs.snapshot()
    const response = await notify(aReady, {secret: undefined})
    expect(response.status).toBe(500)
    expect(logs.join('\n')).toContain('NETLIFY_DEPLOY_NOTIFICATION_SECRET')
    expect(await blobs.snapshot()).toEqual(before)
  })

  it("never repeats the secret or the payload's tokens in an answer or the log", async () => {
    const answers = [
      await notify(aBuilding),
      await notify(aReady),
      await handleDeployStatus(
        deployNotification(deployBody(aReady), {signature: signDeploy(deployBody(aReady), {secret: 'wrong'})}),
        deps(),
      ),
    ]
    const text = (await Promise.all(answers.map((response) => response.text()))).join('\n') + logs.join('\n')
    expect(text).not.toContain(DEPLOY_SECRET)
    expect(text).not.toContain(blobs.token)
  })
})
