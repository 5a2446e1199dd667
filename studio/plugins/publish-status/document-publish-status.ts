/**
 * Whether one published document is on the site, decided from the status `/api/publish-status`
 * serves. Pure, so the badge, the Publishing pane and the tests all decide alike.
 *
 * A deploy includes a change when it started at or after the change: the build reads content
 * when it starts. The change's time is the webhook's record of the publish (when it asked for the
 * build, by the site's clock) when that record names this revision. Otherwise the webhook for this
 * publish is not in yet, and the later of the record and the version's own `_updatedAt` is used.
 *
 * The revision decides, not the times: for a version the editor has just published, the Studio
 * shows an `_updatedAt` from the editor's own computer, which may run ahead of the Content Lake and
 * Netlify, and would keep the badge at "waiting" for a build that does include the change.
 */
import type {Deploy, PublishStatus} from '../../../netlify/lib/publish-status-types'
import {timeAgo} from './time-ago'

export type DocumentPublishState = 'live' | 'building' | 'failed' | 'waiting'

export interface DocumentPublishStatus {
  state: DocumentPublishState
  /** The badge's text. */
  label: string
  /** The longer explanation (the badge's tooltip): for a failed build, its error lines. */
  title: string
}

export interface PublishedDocument {
  /** The published document's id (no `drafts.` prefix). */
  documentId: string
  /** The published version's `_updatedAt`. */
  publishedAt: string
  /** The published version's `_rev`, matched against the revision the webhook recorded. */
  revision?: string
}

export function documentPublishStatus(
  {documentId, publishedAt, revision}: PublishedDocument,
  status: PublishStatus,
  now: number,
): DocumentPublishStatus {
  const record = status.publishes[documentId]
  // Compared as dates: Sanity writes `2026-11-25T10:00:00Z`, Netlify `2026-11-25T10:00:00.000Z`.
  const changedAt =
    record?.rev !== undefined && record.rev === revision
      ? Date.parse(record.at)
      : Math.max(Date.parse(publishedAt), record ? Date.parse(record.at) : -Infinity)
  const includes = (deploy: Deploy | null): deploy is Deploy => deploy !== null && Date.parse(deploy.startedAt) >= changedAt

  if (includes(status.lastLiveDeploy)) {
    const wentLive = status.lastLiveDeploy.finishedAt ?? status.lastLiveDeploy.startedAt
    return {state: 'live', label: 'Live on the site', title: `This version is in the deploy that went live ${timeAgo(wentLive, now)}.`}
  }
  const latest = status.latestDeploy
  if (includes(latest)) {
    if (latest.state === 'building') {
      const started = timeAgo(latest.startedAt, now)
      return {
        state: 'building',
        label: `Building (started ${started})`,
        title: `A build that includes this version started ${started}; it is usually live a few minutes later.`,
      }
    }
    if (latest.state === 'error') {
      return {
        state: 'failed',
        label: 'Not on the site: the last build failed',
        title: ['The build failed, so the site still shows the previous version. Fix these and publish again:', ...latest.errorLines].join(
          '\n',
        ),
      }
    }
    return {state: 'live', label: 'Live on the site', title: 'This version is in the deploy that went live last.'}
  }
  return {
    state: 'waiting',
    label: 'Waiting for a build',
    title:
      'Published, but no build has started since. A build starts a few seconds after publishing; if none does, check the Sanity webhook.',
  }
}
