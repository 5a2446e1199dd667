/**
 * The record of production deploys (the latest one, and the last one that went live) and how one
 * deploy notification changes it. Pure: the store and the HTTP answer are the handler's business.
 *
 * Notifications can arrive twice or out of order (Netlify retries, and "started" and "failed"
 * for a quick failure are sent moments apart), so every change is decided against what is
 * already recorded, never applied blindly.
 */
import type {DeployNotification} from './deploy-notification.ts'
import type {Deploy} from './publish-status-types.ts'

/** A deploy as stored: what `/api/publish-status` shows, plus Netlify's `updated_at` for ordering. */
export interface RecordedDeploy extends Deploy {
  updatedAt: string
}

export interface DeployRecords {
  latestDeploy: RecordedDeploy | null
  lastLiveDeploy: RecordedDeploy | null
}

export const NO_DEPLOYS: DeployRecords = {latestDeploy: null, lastLiveDeploy: null}

/** What a notification does to the records. */
export type DeployChange =
  | {outcome: 'recorded'; records: DeployRecords}
  /** The same deploy in the same state at the same time: a redelivery, nothing to do. */
  | {outcome: 'duplicate'}
  /** Older than what is already recorded for this deploy: applying it would turn the clock back. */
  | {outcome: 'out-of-order'; recordedUpdatedAt: string}
  /** About an older deploy that is neither the latest nor live any more. */
  | {outcome: 'superseded'}

/** The stored form of a notification; `errorLines` only for a failed build. */
export function recordedDeploy(notification: DeployNotification, errorLines: string[]): RecordedDeploy {
  const finishedAt =
    notification.state === 'ready'
      ? (notification.publishedAt ?? notification.updatedAt)
      : notification.state === 'error'
        ? notification.updatedAt
        : null
  return {
    id: notification.id,
    state: notification.state,
    startedAt: notification.createdAt,
    finishedAt,
    commitRef: notification.commitRef,
    trigger: notification.title,
    errorLines: notification.state === 'error' ? errorLines : [],
    updatedAt: notification.updatedAt,
  }
}

/** Applies one deploy to the records. Times are normalized ISO strings, so they compare as text. */
export function applyDeploy(records: DeployRecords, deploy: RecordedDeploy): DeployChange {
  const {latestDeploy, lastLiveDeploy} = records
  for (const recorded of [latestDeploy, lastLiveDeploy]) {
    if (recorded?.id !== deploy.id) continue
    if (deploy.updatedAt === recorded.updatedAt && deploy.state === recorded.state) return {outcome: 'duplicate'}
    if (deploy.updatedAt <= recorded.updatedAt) return {outcome: 'out-of-order', recordedUpdatedAt: recorded.updatedAt}
  }

  // The latest deploy is the one that started last: a late "failed" for an older deploy must not
  // hide the build that is running now.
  const nextLatest = !latestDeploy || latestDeploy.id === deploy.id || deploy.startedAt >= latestDeploy.startedAt ? deploy : latestDeploy
  const wentLiveLater = (live: RecordedDeploy) => (deploy.finishedAt ?? deploy.updatedAt) >= (live.finishedAt ?? live.updatedAt)
  const nextLive =
    deploy.state === 'ready' && (!lastLiveDeploy || lastLiveDeploy.id === deploy.id || wentLiveLater(lastLiveDeploy))
      ? deploy
      : lastLiveDeploy
  if (nextLatest === latestDeploy && nextLive === lastLiveDeploy) return {outcome: 'superseded'}
  return {outcome: 'recorded', records: {latestDeploy: nextLatest, lastLiveDeploy: nextLive}}
}
