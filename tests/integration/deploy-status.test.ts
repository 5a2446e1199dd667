/**
 * The deploy-status function: signed Netlify deploy notifications, recorded in a local Netlify
 * Blobs server and served back by the publish-status function. Anything not genuine, current
 * and well-formed must leave every file of the store as it was.
 */
import {describe, expect, it} from 'vitest'
import {recordBuildErrorLines, uploadHandedOffErrorLines} from '../../netlify/lib/build-error-lines.ts'
import {ContentValidationError} from '../../src/sanity/content-errors.ts'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {A, aBuilding, aFailed, aReady, B, bBuilding, deployStatusBench, NOW} from '../support/deploy-status-bench'

const {bench, notify, status} = deployStatusBench()

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
    const before = await bench.blobs.snapshot()
    const response = await notify(aBuilding)
    expect(response.status).toBe(409)
    expect(await bench.blobs.snapshot()).toEqual(before)
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
    await recordBuildErrorLines(contentError(), {
      env: inBuild({NETLIFY_BLOBS_CONTEXT: bench.blobs.buildContext(A.id)}),
      log: (m) => bench.logs.push(m),
    })
    await notify(aBuilding)
    expect((await notify(aFailed)).status).toBe(200)
    const current = await status()
    expect(current.latestDeploy).toMatchObject({id: A.id, state: 'error', finishedAt: aFailed.updated_at, errorLines: lines})
    expect(current.lastLiveDeploy).toBeNull()
  })

  it('shows the lines the build plugin uploaded, when the build command had none (as on Netlify)', async () => {
    const handoffDir = await mkdtemp(join(tmpdir(), 'onecop-handoff-'))
    try {
      await recordBuildErrorLines(contentError(), {env: inBuild(), handoffDir, log: (m) => bench.logs.push(m)})
      expect(await readdir(handoffDir)).toEqual([`onecop-build-error-lines-${A.id}.json`])
      const outcome = await uploadHandedOffErrorLines({env: inBuild({NETLIFY_BLOBS_CONTEXT: bench.blobs.buildContext(A.id)}), handoffDir})
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
      env: {NETLIFY: 'true', DEPLOY_ID: B.id, NETLIFY_BLOBS_CONTEXT: bench.blobs.buildContext(B.id)},
      log: () => {},
    })
    await notify(aFailed)
    expect((await status()).latestDeploy?.errorLines).toEqual(['Build script returned non-zero exit code: 2'])
  })
})
