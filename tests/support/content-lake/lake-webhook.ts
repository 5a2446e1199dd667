/**
 * Sanity's webhook, sent as Sanity sends it: for each published document a transaction creates,
 * updates or deletes, when the webhook's filter selects it (before or after), a POST of its
 * projection signed with the secret (`sanity-webhook-signature`). The definition is the project's
 * own (`webhookDefinition`, what `npm run webhook:definition` prints).
 */
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {evaluate, parse} from 'groq-js'
import type {LakeDocument, LakeMutationEvent, LakeStore} from './lake-store'

export interface WebhookSettings {
  url: string
  secret: string
  filter: string
  projection: string
  includeDrafts: boolean
}

/** One delivery: what was sent and how the receiver answered. */
export interface WebhookDelivery {
  body: string
  status: number
}

async function project(settings: WebhookSettings, doc: LakeDocument | undefined): Promise<unknown> {
  if (!doc) return undefined
  const query = `*[${settings.filter}]${settings.projection}`
  const [result] = (await (await evaluate(parse(query), {dataset: [doc]})).get()) as unknown[]
  return result
}

/** Sends the webhook for every transaction of `store`; returns the deliveries, in order. */
export function sendWebhooks(store: LakeStore, settings: WebhookSettings): WebhookDelivery[] {
  const deliveries: WebhookDelivery[] = []
  let queue = Promise.resolve()
  store.subscribe((events: LakeMutationEvent[]) => {
    queue = queue.then(async () => {
      for (const event of events) {
        if (!settings.includeDrafts && /^(drafts|versions)\./.test(event.documentId)) continue
        const payload = (await project(settings, event.after)) ?? (await project(settings, event.before))
        if (payload === undefined) continue
        const body = JSON.stringify(payload)
        const response = await fetch(settings.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), settings.secret),
          },
          body,
        }).catch(() => undefined)
        deliveries.push({body, status: response?.status ?? 0})
      }
    })
  })
  return deliveries
}
