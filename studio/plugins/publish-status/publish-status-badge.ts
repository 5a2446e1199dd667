/**
 * The document badge: whether the published version of this document is on the site. Drafts that
 * were never published get none (there is nothing to be on the site yet).
 */
import {useSyncExternalStore} from 'react'
import type {DocumentBadgeComponent, DocumentBadgeDescription} from 'sanity'
import {documentPublishStatus, type DocumentPublishState} from './document-publish-status'
import type {StatusPoller} from './status-poller'

const COLORS: Record<DocumentPublishState, DocumentBadgeDescription['color']> = {
  live: 'success',
  building: 'primary',
  failed: 'danger',
  waiting: 'warning',
}

export function createPublishStatusBadge(poller: StatusPoller): DocumentBadgeComponent {
  // Sanity calls badges as hooks, inside a component, so a hook may be used here.
  const PublishStatusBadge: DocumentBadgeComponent = (props) => {
    const reading = useSyncExternalStore(poller.subscribe, poller.getSnapshot, poller.getSnapshot)
    if (!props.published || reading.state === 'loading') return null
    if (reading.state === 'unavailable') {
      return {
        label: `Publishing status unavailable: ${reading.reason}`,
        title:
          'The Studio could not ask the site whether this version is live. Publishing still works; the status comes back when the site answers.',
        color: 'warning',
      }
    }
    const {state, label, title} = documentPublishStatus(
      {documentId: props.published._id, publishedAt: props.published._updatedAt, revision: props.published._rev},
      reading.status,
      Date.now(),
    )
    return {label, title, color: COLORS[state]}
  }
  PublishStatusBadge.displayName = 'PublishStatusBadge'
  return PublishStatusBadge
}
