/**
 * The local Content Lake closes with listeners still open, whichever way they came: each Studio
 * journey closes it after its browser, and a connection left open would hold the journey until it
 * times out.
 */
import {afterEach, expect, it} from 'vitest'
import {request as httpRequest, type IncomingMessage} from 'node:http'
import {connect} from 'node:http2'
import {request as httpsRequest} from 'node:https'
import {startContentLake, type ContentLake} from '../support/content-lake/content-lake'

const LISTEN = '/v2025-02-19/data/listen/production?query=*%5B_type%20%3D%3D%20%22pillar%22%5D'

let lake: ContentLake | undefined
afterEach(() => lake?.close())

/** The port Chromium is sent to for Sanity's hosts. */
const httpsPort = (lake: ContentLake) => Number(/127\.0\.0\.1:(\d+)/.exec(lake.browserHostRules)![1])

/** Resolves with the response once its first event has arrived, and with `ended` once its connection has gone. */
function openListener(response: Promise<IncomingMessage>): Promise<{ended: Promise<void>}> {
  return response.then(
    (res) =>
      new Promise((welcomed) => {
        const ended = new Promise<void>((done) => res.socket.once('close', () => done()))
        res.once('data', () => welcomed({ended}))
      }),
  )
}

it('ends listeners over HTTP/2, HTTP/1.1 with TLS and plain HTTP when it closes', async () => {
  lake = await startContentLake({documents: [{_id: 'pillar.trust', _type: 'pillar', title: 'Trust'}]})
  const port = httpsPort(lake)

  const overTls = await openListener(
    new Promise((done) => httpsRequest({host: '127.0.0.1', port, path: LISTEN, rejectUnauthorized: false}, done).end()),
  )
  const plain = await openListener(new Promise((done) => httpRequest(`${lake!.httpUrl}${LISTEN}`, done).end()))
  const session = connect(`https://127.0.0.1:${port}`, {rejectUnauthorized: false})
  const stream = session.request({':path': LISTEN})
  await new Promise((welcomed) => stream.once('data', welcomed))
  const h2Ended = new Promise<void>((done) => session.once('close', () => done()))

  await lake.close()
  lake = undefined
  await Promise.all([overTls.ended, plain.ended, h2Ended])
  expect(session.destroyed).toBe(true)
})
