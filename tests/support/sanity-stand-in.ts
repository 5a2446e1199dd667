/**
 * A local stand-in for Sanity's query API on 127.0.0.1, so tests drive the real `@sanity/client`
 * (and real builds) without the network. It answers from a dataset with groq-js, in the
 * Content Lake's wire format, or misbehaves on request to exercise the failure paths.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {answerQuery, sendJson, type QueryAnswer} from './lake-queries'

/** How the stand-in answers: from the dataset, or with one of the failures a build must survive. */
export type StandInBehaviour = {kind: 'dataset'} | {kind: 'status'; status: number; body?: unknown} | {kind: 'not-json'} | {kind: 'hang'}

/** A running stand-in: its address, what it was asked, and a way to change or stop it. */
export interface SanityStandIn {
  /** Base URL to pass as `apiHost` / `SANITY_API_HOST`. */
  url: string
  /** Every request path (with query string) received, in order. */
  requests: string[]
  behave(behaviour: StandInBehaviour): void
  close(): Promise<void>
}

/** How the stand-in works, beyond what it answers. */
export interface StandInOptions {
  /**
   * Answer each question once: a GET query asked again with the same URL (query, parameters,
   * perspective) and the same token gets the first answer again, without running groq-js. Only
   * for documents that stay as they are while the stand-in runs, such as a validator's fixed
   * sample, which asks the same few lookups for thousands of documents it checks.
   */
  cacheAnswers?: boolean
}

/** Starts a stand-in on a free loopback port that serves `documents` as the dataset. */
export async function startSanityStandIn(
  documents: unknown[],
  behaviour: StandInBehaviour = {kind: 'dataset'},
  options: StandInOptions = {},
): Promise<SanityStandIn> {
  let current = behaviour
  const requests: string[] = []
  const hanging = new Set<ServerResponse>()
  const answers = new Map<string, Promise<QueryAnswer>>()

  const server = createServer(async (req, res) => {
    requests.push(req.url ?? '')
    try {
      await answer(req, res)
    } catch (error) {
      sendJson(res, 500, {error: {description: `stand-in failure: ${(error as Error).message}`}})
    }
  })

  async function answer(req: IncomingMessage, res: ServerResponse) {
    if (current.kind === 'hang') {
      hanging.add(res)
      return
    }
    if (current.kind === 'status') {
      return sendJson(res, current.status, current.body ?? {error: {description: `stand-in answered ${current.status}`}})
    }
    if (current.kind === 'not-json') {
      res.writeHead(200, {'content-type': 'application/json'})
      return res.end('<html><body>Gateway says hello</body></html>')
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    // The Studio asks who is signed in before it builds a workspace: answer with an editor.
    if (/^\/v[^/]+\/users\/me$/.test(url.pathname)) {
      return sendJson(res, 200, {
        id: 'p-editor',
        name: 'Sample Editor',
        email: 'editor@example.org',
        role: 'administrator',
        roles: [{name: 'administrator', title: 'Administrator'}],
      })
    }
    if (!/^\/v[^/]+\/data\/query\/[^/]+$/.test(url.pathname)) {
      return sendJson(res, 404, {error: {description: `no such endpoint: ${url.pathname}`}})
    }
    const {status, body} = await (options.cacheAnswers ? cachedAnswer(req, url) : answerQuery(req, url, documents))
    sendJson(res, status, body)
  }

  /**
   * The answer to a query asked before, or a new one remembered. A GET carries the whole question
   * in its URL; the token is part of the key as readers without one see fewer documents. A POST's
   * question is in its body, so it is always answered afresh.
   */
  function cachedAnswer(req: IncomingMessage, url: URL): Promise<QueryAnswer> {
    if (req.method !== 'GET') return answerQuery(req, url, documents)
    const key = JSON.stringify([req.url, req.headers.authorization ?? null])
    let answer = answers.get(key)
    if (!answer) {
      answer = answerQuery(req, url, documents)
      // A failure is not remembered: the stand-in answers 500 and the next ask runs the query again.
      answer.catch(() => answers.delete(key))
      answers.set(key, answer)
    }
    return answer
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    behave(next) {
      current = next
    },
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
