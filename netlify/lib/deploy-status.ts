/**
 * Netlify's deploy notifications (Deploy started, succeeded, failed), checked and recorded as the
 * site's publishing status. Nothing unverified, stale or malformed changes the record:
 * - 405 not a POST; 500 no secret configured (logged, naming the variable to set);
 * - 413 over 64 KB; 400 empty, not JSON, a missing field or an unknown state;
 * - 401 unsigned, a bad signature or a body that does not match its signed hash, and also a
 *   notification whose `updated_at` is over an hour old (or ahead of the clock): a replay;
 * - 409 a genuine notification older than what is already recorded for that deploy (delivered
 *   out of order): it is refused, not applied, so the record never goes back in time;
 * - 202 not production (previews and branch deploys do not change what visitors see), or about
 *   an older deploy that a newer one has replaced;
 * - 200 recorded, or already recorded (a redelivery);
 * - 500 the store could not be written (logged); Netlify may deliver again.
 */
import {applyDeploy, recordedDeploy, type DeployChange} from './deploy-records.ts'
import {parseDeployNotification, SIGNATURE_HEADER, verifyDeploySignature} from './deploy-notification.ts'
import type {PublishStatusStore} from './publish-status-store.ts'

export interface DeployStatusDependencies {
  secret: string | undefined
  store: PublishStatusStore
  /** The lines the deploy's build recorded when it failed on content, or null if it recorded none. */
  buildErrorLines: (deployId: string) => Promise<string[] | null>
  now?: () => number
  log?: (message: string) => void
}

/** The largest body accepted; Netlify's deploy objects are a few KB. */
export const MAX_BODY_BYTES = 64 * 1024
/** How old a notification may be: Netlify delivers within seconds, so an hour-old one is a replay. */
const MAX_NOTIFICATION_AGE_MS = 60 * 60 * 1000
/** How far ahead of this clock a notification may claim to be, for clock drift. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000

const answer = (status: number, message: string, headers: Record<string, string> = {}) => Response.json({message}, {status, headers})

/** Handles one deploy notification. */
export async function handleDeployStatus(req: Request, deps: DeployStatusDependencies): Promise<Response> {
  const log = deps.log ?? ((message: string) => console.log(message))
  const now = deps.now ?? Date.now
  if (req.method !== 'POST') return answer(405, 'Use POST.', {allow: 'POST'})
  if (!deps.secret) {
    log(
      'deploy-status: NETLIFY_DEPLOY_NOTIFICATION_SECRET is not set, so no notification can be verified; set it in the Netlify environment to the JWS secret of the deploy notifications.',
    )
    return answer(500, 'The deploy notifications are not configured.')
  }

  const declaredLength = Number(req.headers.get('content-length') ?? '0')
  if (declaredLength > MAX_BODY_BYTES) return answer(413, 'The body is too large.')
  const body = await req.text()
  if (new TextEncoder().encode(body).length > MAX_BODY_BYTES) return answer(413, 'The body is too large.')
  if (body.length === 0) return answer(400, 'The body is empty.')

  const signature = req.headers.get(SIGNATURE_HEADER)
  if (!signature) return answer(401, 'Missing signature: set a JWS secret token on the deploy notification.')
  const check = verifyDeploySignature(body, signature, deps.secret, now())
  if (!check.ok) {
    log(`deploy-status: refused a notification: ${check.reason}.`)
    return answer(401, 'Invalid signature.')
  }

  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return answer(400, 'The body is not JSON.')
  }
  const parsed = parseDeployNotification(json)
  if (!parsed.ok) return answer(400, parsed.reason)
  const notification = parsed.deploy
  if (notification.context !== 'production')
    return answer(202, `A ${notification.context} deploy does not change the published site; ignored.`)

  const age = now() - Date.parse(notification.updatedAt)
  if (age > MAX_NOTIFICATION_AGE_MS || age < -MAX_CLOCK_SKEW_MS) {
    log(
      `deploy-status: refused a notification for deploy ${notification.id} updated at ${notification.updatedAt}: too old or from the future (a replay?).`,
    )
    return answer(401, 'Notification too old or from the future.')
  }

  let errorLines: string[] = []
  if (notification.state === 'error') {
    let recorded: string[] | null = null
    try {
      recorded = await deps.buildErrorLines(notification.id)
    } catch (error) {
      log(
        `deploy-status: could not read the error lines of deploy ${notification.id} (${(error as Error).message}); showing Netlify's error message instead.`,
      )
    }
    const netlifyMessage = notification.errorMessage ?? 'The build failed; Netlify gave no reason. Open the deploy log on Netlify.'
    errorLines =
      recorded ??
      netlifyMessage
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
  }

  let change: DeployChange
  try {
    change = await deps.store.changeDeploys((current) => applyDeploy(current, recordedDeploy(notification, errorLines)))
  } catch (error) {
    log(`deploy-status: could not record deploy ${notification.id} (${notification.state}): ${(error as Error).message}`)
    return answer(500, 'The deploy could not be recorded; try again.')
  }
  switch (change.outcome) {
    case 'recorded':
      log(`deploy-status: deploy ${notification.id} is ${notification.state}.`)
      return answer(200, `Recorded: deploy ${notification.id} is ${notification.state}.`)
    case 'duplicate':
      return answer(200, 'Already recorded.')
    case 'superseded':
      return answer(202, 'A newer deploy is already recorded; nothing to change.')
    case 'out-of-order':
      log(
        `deploy-status: refused ${notification.state} for deploy ${notification.id} updated at ${notification.updatedAt}: a later update (${change.recordedUpdatedAt}) is already recorded.`,
      )
      return answer(409, 'A later update of this deploy is already recorded.')
  }
}
