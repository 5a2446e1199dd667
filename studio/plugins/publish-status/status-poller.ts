/**
 * Reads `/api/publish-status` for the Studio: once when the first badge or pane mounts, then every
 * 20 seconds while any is mounted (and the tab is visible), never while none is. One poller per
 * status URL, shared by every badge and the Publishing pane, so ten open documents cost one
 * request, not ten. It never throws: a status it cannot get is a reading that says why.
 */
import type {PublishStatus} from '../../../netlify/lib/publish-status-types'

type StatusReading = {state: 'loading'} | {state: 'loaded'; status: PublishStatus} | {state: 'unavailable'; reason: string}

export interface StatusPoller {
  /** For `useSyncExternalStore`: the first subscriber starts polling, the last one to leave stops it. */
  subscribe(listener: () => void): () => void
  getSnapshot(): StatusReading
  /** Reads the status now (joining a read already under way). */
  refresh(): Promise<StatusReading>
}

export interface StatusPollerOptions {
  statusUrl: string | undefined
  intervalMs?: number
  timeoutMs?: number
}

const POLL_INTERVAL_MS = 20_000
const FETCH_TIMEOUT_MS = 10_000

const pollers = new Map<string, StatusPoller>()

/** The shared poller for a status URL (the plugin's, the pane's and every badge's). */
export function statusPollerFor(statusUrl: string | undefined): StatusPoller {
  const key = statusUrl ?? ''
  let poller = pollers.get(key)
  if (!poller) pollers.set(key, (poller = createStatusPoller({statusUrl})))
  return poller
}

export function createStatusPoller({
  statusUrl,
  intervalMs = POLL_INTERVAL_MS,
  timeoutMs = FETCH_TIMEOUT_MS,
}: StatusPollerOptions): StatusPoller {
  let reading: StatusReading = {state: 'loading'}
  let inFlight: Promise<StatusReading> | undefined
  let timer: ReturnType<typeof setInterval> | undefined
  const listeners = new Set<() => void>()

  const publish = (next: StatusReading) => {
    reading = next
    for (const listener of listeners) listener()
  }

  const refresh = () =>
    (inFlight ??= read(statusUrl, timeoutMs).then((next) => {
      inFlight = undefined
      publish(next)
      return next
    }))

  // A hidden tab does not need fresh news; it gets it when the editor comes back.
  const poll = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return
    void refresh()
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      if (listeners.size === 1) {
        void refresh()
        timer = setInterval(poll, intervalMs)
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && timer !== undefined) {
          clearInterval(timer)
          timer = undefined
        }
      }
    },
    getSnapshot: () => reading,
    refresh,
  }
}

async function read(statusUrl: string | undefined, timeoutMs: number): Promise<StatusReading> {
  if (!statusUrl) return unavailable("no status URL is configured: set SANITY_STUDIO_SITE_URL for the Studio to the site's address")
  let response: Response
  try {
    response = await fetch(statusUrl, {
      headers: {accept: 'application/json'},
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    const name = (error as Error)?.name
    return unavailable(
      name === 'TimeoutError'
        ? `the site did not answer within ${timeoutMs / 1000} s`
        : `the site could not be reached (${(error as Error)?.message ?? error})`,
    )
  }
  if (!response.ok) return unavailable(`the site answered HTTP ${response.status}`)
  try {
    const status: unknown = await response.json()
    return isPublishStatus(status) ? {state: 'loaded', status} : unavailable('the site sent something other than a publishing status')
  } catch {
    return unavailable('the site sent something other than JSON')
  }
}

const unavailable = (reason: string): StatusReading => ({state: 'unavailable', reason})

function isPublishStatus(value: unknown): value is PublishStatus {
  if (!value || typeof value !== 'object') return false
  const status = value as Partial<PublishStatus>
  const isDeploy = (deploy: unknown) =>
    deploy === null || (typeof deploy === 'object' && typeof (deploy as {startedAt?: unknown}).startedAt === 'string')
  return (
    isDeploy(status.latestDeploy) && isDeploy(status.lastLiveDeploy) && typeof status.publishes === 'object' && status.publishes !== null
  )
}
