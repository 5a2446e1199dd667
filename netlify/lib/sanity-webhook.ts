/**
 * Sanity's webhook, checked and turned into a Netlify build. Every answer is deliberate:
 * Sanity retries on 5xx, so only a build hook that fails is a 5xx; anything Sanity should not
 * resend (bad signature, wrong method, a type the site does not show) is a 4xx or a 202.
 */
import {decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {triggerBuild} from './build-hook.ts'
import type {Publish} from './publish-status-types.ts'

/** What the handler needs from its surroundings: settings, the clock, a log. */
export interface WebhookDependencies {
  secret: string | undefined
  buildHookUrl: string | undefined
  /** The document types whose changes rebuild the site. */
  siteTypes: readonly string[]
  now?: () => number
  log?: (message: string) => void
  buildHookTimeoutMs?: number
  /**
   * Remembers which published document asked for a build, and when, for the Studio's badges
   * (`publish-status-store.ts`). Optional: without it, builds start as before.
   */
  recordPublish?: (documentId: string, publish: Publish) => Promise<void>
}

/** The largest body accepted; a Sanity webhook's projection is a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024
/** How old (or how far ahead) a signature may be, against replays. */
const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000

const answer = (status: number, message: string) => Response.json({message}, {status})

/** Handles one webhook delivery. */
export async function handleSanityWebhook(req: Request, deps: WebhookDependencies): Promise<Response> {
  const log = deps.log ?? ((message: string) => console.log(message))
  const now = deps.now ?? Date.now
  if (req.method !== 'POST')
    return new Response(JSON.stringify({message: 'Use POST.'}), {status: 405, headers: {allow: 'POST', 'content-type': 'application/json'}})
  if (!deps.secret) {
    log('sanity-webhook: SANITY_WEBHOOK_SECRET is not set, so no delivery can be verified; set it in the Netlify environment.')
    return answer(500, 'The webhook is not configured.')
  }
  if (!deps.buildHookUrl) {
    log('sanity-webhook: NETLIFY_BUILD_HOOK_URL is not set, so no build can be started; set it in the Netlify environment.')
    return answer(500, 'The webhook is not configured.')
  }

  const declaredLength = Number(req.headers.get('content-length') ?? '0')
  if (declaredLength > MAX_BODY_BYTES) return answer(413, 'The body is too large.')
  const body = await req.text()
  if (new TextEncoder().encode(body).length > MAX_BODY_BYTES) return answer(413, 'The body is too large.')
  // Nothing to verify or act on (and @sanity/webhook cannot check a signature over nothing).
  if (body.length === 0) return answer(400, 'The body is empty.')

  const signature = req.headers.get(SIGNATURE_HEADER_NAME)
  if (!signature) return answer(401, 'Missing signature.')
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(signature).timestamp
  } catch {
    return answer(401, 'Malformed signature.')
  }
  if (!Number.isFinite(timestamp) || Math.abs(now() - timestamp) > MAX_SIGNATURE_AGE_MS)
    return answer(401, 'Signature too old or from the future.')
  let valid = false
  try {
    valid = await isValidSignature(body, signature, deps.secret)
  } catch {
    valid = false
  }
  if (!valid) return answer(401, 'Invalid signature.')

  let document: {_id?: unknown; _type?: unknown; _rev?: unknown}
  try {
    document = JSON.parse(body)
  } catch {
    return answer(400, 'The body is not JSON.')
  }
  if (!document || typeof document !== 'object' || typeof document._type !== 'string') return answer(400, 'The body has no _type.')
  const id = typeof document._id === 'string' ? document._id : '(no id)'
  if (id.startsWith('drafts.') || id.startsWith('versions.')) return answer(202, 'Drafts do not change the public site; no build.')
  if (!deps.siteTypes.includes(document._type)) return answer(202, `The site does not show ${document._type} documents; no build.`)

  // Taken before the hook is called: Netlify creates the deploy while answering the hook, and the
  // Studio counts a deploy for this change only if it started at or after this time.
  const askedAt = new Date(now()).toISOString()
  const outcome = await triggerBuild(deps.buildHookUrl, `Sanity: ${document._type} ${id}`, deps.buildHookTimeoutMs)
  if (!outcome.ok) {
    log(`sanity-webhook: could not start a build for ${document._type} ${id}: ${outcome.reason}. Sanity will retry.`)
    return answer(502, 'The build could not be started; try again.')
  }
  log(`sanity-webhook: build started for ${document._type} ${id}`)
  if (deps.recordPublish) {
    // The build is started either way; a status that could not be recorded must not make Sanity
    // retry and start a second build, so this is logged, not answered with a 5xx.
    try {
      await deps.recordPublish(id, {type: document._type, at: askedAt, ...(typeof document._rev === 'string' ? {rev: document._rev} : {})})
    } catch (error) {
      log(
        `sanity-webhook: the build started, but the publish of ${document._type} ${id} could not be recorded for the Studio: ${(error as Error).message}`,
      )
    }
  }
  return answer(202, 'Build started.')
}
