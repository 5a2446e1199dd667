/**
 * `/api/publish-status`: the publishing status the Studio shows, read from the Blobs store. GET
 * (and the CORS preflight) only; never cached, since it changes with every build; readable from
 * the browser only by the Studio's own origin. It holds no secret to leak: deploys, document ids
 * and times only (see `publish-status-types.ts`).
 */
import type {RecordedDeploy} from './deploy-records.ts'
import type {PublishStatusStore} from './publish-status-store.ts'
import type {Deploy, PublishStatus} from './publish-status-types.ts'

export interface PublishStatusDependencies {
  store: PublishStatusStore
  /** The Studio's address (`SANITY_STUDIO_URL`); only its origin is allowed to read across origins. */
  studioUrl: string | undefined
  now?: () => number
  log?: (message: string) => void
}

/** Handles one request for the status. */
export async function handlePublishStatus(req: Request, deps: PublishStatusDependencies): Promise<Response> {
  const log = deps.log ?? ((message: string) => console.log(message))
  const now = deps.now ?? Date.now
  const headers = new Headers({'cache-control': 'no-store', vary: 'Origin'})
  const studioOrigin = originOf(deps.studioUrl)
  const origin = req.headers.get('origin')
  if (origin && studioOrigin && origin === studioOrigin) headers.set('access-control-allow-origin', studioOrigin)
  else if (origin && !studioOrigin) {
    const problem = deps.studioUrl ? 'SANITY_STUDIO_URL is not a URL' : 'SANITY_STUDIO_URL is not set'
    log(`publish-status: ${problem}, so the Studio cannot read the status; set it in the Netlify environment to the Studio's address.`)
  }

  if (req.method === 'OPTIONS') {
    if (headers.has('access-control-allow-origin')) {
      headers.set('access-control-allow-methods', 'GET, OPTIONS')
      headers.set('access-control-max-age', '600')
    }
    return new Response(null, {status: 204, headers})
  }
  if (req.method !== 'GET') {
    headers.set('allow', 'GET, OPTIONS')
    return Response.json({message: 'Use GET.'}, {status: 405, headers})
  }

  let status: PublishStatus
  try {
    const [deploys, publishes] = await Promise.all([deps.store.readDeploys(), deps.store.readPublishes()])
    status = {
      latestDeploy: shown(deploys.latestDeploy),
      lastLiveDeploy: shown(deploys.lastLiveDeploy),
      publishes,
      checkedAt: new Date(now()).toISOString(),
    }
  } catch (error) {
    log(`publish-status: could not read the status: ${(error as Error).message}`)
    return Response.json({message: 'The publishing status could not be read; try again in a minute.'}, {status: 503, headers})
  }
  return Response.json(status, {headers})
}

/** A recorded deploy as the Studio sees it: exactly the `Deploy` fields, nothing kept for bookkeeping. */
function shown(deploy: RecordedDeploy | null): Deploy | null {
  if (!deploy) return null
  const {id, state, startedAt, finishedAt, commitRef, trigger, errorLines} = deploy
  return {id, state, startedAt, finishedAt, commitRef, trigger, errorLines}
}

function originOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    const {origin} = new URL(url)
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}
