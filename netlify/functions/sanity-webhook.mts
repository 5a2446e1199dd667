/** Sanity's content webhook: a verified change to a type the site shows starts a Netlify build. */
import type {Config} from '@netlify/functions'
import {openPublishStatusStore} from '../lib/publish-status-store.ts'
import {handleSanityWebhook} from '../lib/sanity-webhook.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'

const siteTypes = siteDocumentTypes()

export default (req: Request) =>
  handleSanityWebhook(req, {
    secret: process.env.SANITY_WEBHOOK_SECRET,
    buildHookUrl: process.env.NETLIFY_BUILD_HOOK_URL,
    siteTypes,
    recordPublish: (documentId, publish) => openPublishStatusStore().recordPublish(documentId, publish),
  })

export const config: Config = {path: '/api/sanity-webhook'}
