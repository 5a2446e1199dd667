/**
 * The deploy-status function refuses what is not genuine, current and well-formed, and then
 * leaves every file of the store as it was.
 */
import {describe, expect, it} from 'vitest'
import {handleDeployStatus, MAX_BODY_BYTES} from '../../netlify/lib/deploy-status.ts'
import {DEPLOY_SECRET, deployBody, deployNotification, signDeploy} from '../support/deploy-notifications'

import {A, aBuilding, aFailed, aReady, at, B, deployStatusBench} from '../support/deploy-status-bench'

const {bench, deps, notify, status} = deployStatusBench()

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
    const before = await bench.blobs.snapshot()
    expect(Object.keys(before).length).toBeGreaterThan(0)
    const response = await handleDeployStatus(make(), deps())
    expect(response.status).toBe(expected)
    expect(await bench.blobs.snapshot()).toEqual(before)
    expect((await status()).latestDeploy).toMatchObject({id: A.id, state: 'building'})
  })

  it('is a 500 naming NETLIFY_DEPLOY_NOTIFICATION_SECRET when it is unset, and records nothing', async () => {
    const before = await bench.blobs.snapshot()
    const response = await notify(aReady, {secret: undefined})
    expect(response.status).toBe(500)
    expect(bench.logs.join('\n')).toContain('NETLIFY_DEPLOY_NOTIFICATION_SECRET')
    expect(await bench.blobs.snapshot()).toEqual(before)
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
    const text = (await Promise.all(answers.map((response) => response.text()))).join('\n') + bench.logs.join('\n')
    expect(text).not.toContain(DEPLOY_SECRET)
    expect(text).not.toContain(bench.blobs.token)
  })
})
