/**
 * Publishing status, where editors look: a "Publishing" tool and a badge on every document the
 * site shows, saying whether its published version is live, building, failed or waiting. It reads
 * the site's `/api/publish-status` (see `netlify/lib/publish-status.ts`); when that cannot be
 * reached, badge and pane say so and the Studio works as before.
 *
 * Register it in `studio/sanity.config.ts`:
 *
 *   const siteUrl = process.env.SANITY_STUDIO_SITE_URL
 *   plugins: [..., publishStatusPlugin({statusUrl: siteUrl ? new URL('/api/publish-status', siteUrl).href : undefined})]
 */
import {DOCUMENT_TYPES_WITH_PAGES} from '@onecop/content-model'
import {definePlugin} from 'sanity'
import {createPublishStatusBadge} from './publish-status-badge'
import {publishingTool} from './PublishingTool'
import {statusPollerFor} from './status-poller'

export interface PublishStatusPluginOptions {
  /** The site's status endpoint, e.g. `https://onecop.example.org/api/publish-status`; unset shows why in the badges. */
  statusUrl: string | undefined
  /** The document types that get the badge; by default every type the site shows (the content model's list, which a test ties to the site's collections). */
  documentTypes?: readonly string[]
}

export const publishStatusPlugin = definePlugin<PublishStatusPluginOptions>(({statusUrl, documentTypes = DOCUMENT_TYPES_WITH_PAGES}) => {
  const poller = statusPollerFor(statusUrl)
  const badge = createPublishStatusBadge(poller)
  return {
    name: 'onecop-publish-status',
    tools: (previous) => [...previous, publishingTool(poller, documentTypes)],
    document: {
      badges: (previous, {schemaType}) => (documentTypes.includes(schemaType) ? [...previous, badge] : previous),
    },
  }
})

export {statusPollerFor} from './status-poller'
