/**
 * `npm run webhook:definition`: prints the Sanity webhook the site expects, for the current
 * schema and queries, so the webhook in sanity.io/manage cannot drift from what the site shows.
 * Run with the site's address: SITE_URL=https://onecop.org npm run webhook:definition
 */
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {siteDocumentTypes} from '../src/sanity/collection-registry.ts'

/** The webhook for the site at `site`; the local Content Lake sends the same one in the Studio journeys. */
export const webhookDefinition = (site: string, dataset = 'production') => ({
  name: 'Rebuild the OneCOP site',
  description: 'Starts a Netlify build when a published document the site shows is created, updated or deleted.',
  url: new URL('/api/sanity-webhook', site).href,
  dataset,
  trigger: ['create', 'update', 'delete'],
  filter: `_type in [${siteDocumentTypes()
    .map((type) => JSON.stringify(type))
    .join(', ')}]`,
  projection: '{_id, _type, _rev}',
  status: 'enabled',
  httpMethod: 'POST',
  apiVersion: 'v2025-02-19',
  includeDrafts: false,
  includeAllVersions: false,
  headers: {},
  secret: 'the value of SANITY_WEBHOOK_SECRET in Netlify (never commit it)',
})

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const definition = webhookDefinition(process.env.SITE_URL || 'https://YOUR-SITE.netlify.app', process.env.SANITY_DATASET || 'production')
  process.stdout.write(`${JSON.stringify(definition, null, 2)}\n`)
}
