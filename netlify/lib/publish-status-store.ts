/**
 * The publishing status, kept in the site-wide Netlify Blobs store `publish-status`:
 * - `deploys`: the latest production deploy and the last one that went live (`deploy-records.ts`);
 * - `publishes`: which published document asked for a build, and when (the latest 500).
 *
 * Two functions write here at once (deploy notifications and the Sanity webhook, each possibly
 * twice in a second), so every write is read-modify-write guarded by the entry's ETag: a write
 * that lost the race reads again and re-decides, instead of overwriting the winner.
 */
import {getStore, type Store} from '@netlify/blobs'
import {fetchBefore, type BlobsAccess} from './blobs-access.ts'
import {NO_DEPLOYS, type DeployChange, type DeployRecords} from './deploy-records.ts'
import type {Publish} from './publish-status-types.ts'

export const PUBLISH_STATUS_STORE = 'publish-status'
/** How many documents' publishes are kept; the Studio only needs the recent ones. */
export const MAX_PUBLISHES = 500

const DEPLOYS_KEY = 'deploys'
const PUBLISHES_KEY = 'publishes'
const WRITE_ATTEMPTS = 5

export interface PublishStatusStore {
  readDeploys(): Promise<DeployRecords>
  /** Applies `change` to the current records and writes the result if it recorded anything. */
  changeDeploys(change: (current: DeployRecords) => DeployChange): Promise<DeployChange>
  readPublishes(): Promise<Record<string, Publish>>
  /** Records that `documentId` asked for a build; an older time than the one recorded is ignored. */
  recordPublish(documentId: string, publish: Publish): Promise<void>
}

/**
 * The site-wide store, read with strong consistency: the Studio polls it and expects news at once.
 * Open one per request: everything done through it must finish within `deadlineMs` of first use,
 * so a slow Blobs never holds a webhook long enough for its sender to time out and resend it.
 */
export function openPublishStatusStore(access?: BlobsAccess, deadlineMs = 5_000): PublishStatusStore {
  // Opened on first use, inside the handler's error handling: without a Blobs environment,
  // getStore throws, and that should be an answer and a log line, not a crashed function.
  let opened: PublishStatusStore | undefined
  const open = () =>
    (opened ??= publishStatusStore(
      getStore({name: PUBLISH_STATUS_STORE, consistency: 'strong', ...access, fetch: fetchBefore(AbortSignal.timeout(deadlineMs))}),
    ))
  return {
    readDeploys: async () => open().readDeploys(),
    changeDeploys: async (change) => open().changeDeploys(change),
    readPublishes: async () => open().readPublishes(),
    recordPublish: async (documentId, publish) => open().recordPublish(documentId, publish),
  }
}

function publishStatusStore(store: Store): PublishStatusStore {
  return {
    async readDeploys() {
      return asDeployRecords(await store.get(DEPLOYS_KEY, {type: 'json'}))
    },
    changeDeploys(change) {
      return update(store, DEPLOYS_KEY, asDeployRecords, (current) => {
        const result = change(current)
        return {next: result.outcome === 'recorded' ? result.records : null, result}
      })
    },
    async readPublishes() {
      return asPublishes(await store.get(PUBLISHES_KEY, {type: 'json'}))
    },
    recordPublish(documentId, publish) {
      return update(store, PUBLISHES_KEY, asPublishes, (current) => {
        if (current[documentId] && current[documentId].at >= publish.at) return {next: null, result: undefined}
        const newestFirst = Object.entries({...current, [documentId]: publish}).sort(([, a], [, b]) => b.at.localeCompare(a.at))
        return {next: Object.fromEntries(newestFirst.slice(0, MAX_PUBLISHES)), result: undefined}
      })
    },
  }
}

/** Read, decide, write only if nobody wrote in between; on a lost race, read again. */
async function update<T, Result>(
  store: Store,
  key: string,
  read: (value: unknown) => T,
  decide: (current: T) => {next: T | null; result: Result},
): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    const entry = await store.getWithMetadata(key, {type: 'json'})
    const {next, result} = decide(read(entry?.data))
    if (next === null) return result
    const condition = !entry ? {onlyIfNew: true} : entry.etag ? {onlyIfMatch: entry.etag} : {}
    const {modified} = await store.setJSON(key, next, condition)
    if (modified) return result
    if (attempt >= WRITE_ATTEMPTS) throw new Error(`the Blobs entry "${key}" kept changing under ${WRITE_ATTEMPTS} attempts to write it`)
  }
}

// Stored values are read defensively: an entry from an older version of this code, or edited by
// hand, should read as empty rather than crash the Studio's status pane.

function asDeployRecords(value: unknown): DeployRecords {
  if (!value || typeof value !== 'object') return NO_DEPLOYS
  const {latestDeploy = null, lastLiveDeploy = null} = value as Partial<DeployRecords>
  return {latestDeploy, lastLiveDeploy}
}

function asPublishes(value: unknown): Record<string, Publish> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Publish>) : {}
}
