/**
 * The Content Lake's listener (`GET /vX/data/listen/<dataset>?query=...`): server-sent events,
 * `welcome` first, then a `mutation` event for every change to a document the listener's query
 * matches before or after the change, in the order the transactions were committed.
 */
import type {IncomingMessage, ServerResponse} from 'node:http'
import {randomUUID} from 'node:crypto'
import {evaluate, parse} from 'groq-js'
import type {LakeDocument, LakeMutationEvent, LakeStore} from './lake-store'

/** Whether the listener's query (a filter such as `*[_id in $ids]`) selects `doc`. */
async function selects(query: string, params: Record<string, unknown>, doc: LakeDocument | undefined): Promise<boolean> {
  if (!doc) return false
  const result = await (await evaluate(parse(query, {params}), {dataset: [doc], params})).get()
  return Array.isArray(result) ? result.length > 0 : Boolean(result)
}

/** Opens a listener for the request and keeps it open until the client goes away. */
export function listen(req: IncomingMessage, res: ServerResponse, url: URL, store: LakeStore, headers: Record<string, string>): void {
  const query = url.searchParams.get('query') ?? ''
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  const includeResult = url.searchParams.get('includeResult') !== 'false'

  res.writeHead(200, {...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache'})
  const send = (event: string, data: unknown, id?: string) =>
    res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  send('welcome', {listenerName: `onecop-${randomUUID()}`})

  // Transactions are reported one after another, each event once its filter is known.
  let queue = Promise.resolve()
  const unsubscribe = store.subscribe((events) => {
    queue = queue.then(async () => {
      for (const event of events) {
        if (!(await selects(query, params, event.before)) && !(await selects(query, params, event.after))) continue
        send('mutation', wireEvent(event, includeResult), event.eventId)
      }
    })
  })
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 10_000)
  req.on('close', () => {
    clearInterval(keepAlive)
    unsubscribe()
  })
}

/** The event as the Content Lake sends it: without the stand-in's own fields. */
function wireEvent(event: LakeMutationEvent, includeResult: boolean) {
  const {before, after, ...wire} = event
  void before
  return includeResult ? {...wire, result: after} : wire
}
