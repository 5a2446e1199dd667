// @ts-check
import {existsSync} from 'node:fs'
import {defineConfig} from 'astro/config'
import netlify from '@astrojs/netlify'
import react from '@astrojs/react'
import tailwindcss from '@tailwindcss/vite'
import pagefind from './src/integrations/pagefind.ts'
import sampleAssetFilesIntegration from './src/integrations/sample-asset-files.ts'
import previewNoindex from './src/integrations/preview-noindex.ts'
import previewRoute from './src/integrations/preview-route.ts'
import sitemap from './src/integrations/sitemap.ts'

// A local .env may hold SANITY_* settings; variables already set in the shell win.
if (existsSync('.env')) process.loadEnvFile('.env')

// Previews of drafts need a Content Lake (the sample dataset has no drafts to show).
const previews = Boolean(process.env.SANITY_PROJECT_ID?.trim())

export default defineConfig({
  site: process.env.SITE_URL || 'https://onecop.example.org',
  trailingSlash: 'always',
  // Pages render a few at a time, so that writing one to disk overlaps rendering the next (about a
  // fifth less rendering time at 14,000 pages on 2 cores; more in flight gained nothing).
  build: {concurrency: 4},
  // English at the addresses it always had, Spanish under /es/ (src/i18n/locales.ts).
  i18n: {locales: ['en', 'es'], defaultLocale: 'en', routing: {prefixDefaultLocale: false}},
  // Every public page is prerendered; only previews (`/preview/...`) render on request, in a
  // Netlify Function. The adapter is for builds alone: on every other command (dev, check, sync,
  // Vitest's config) it empties `.netlify/`, which would delete a built function under a running
  // server or a build in progress. `astro dev` renders previews without it.
  adapter: previews && process.argv.includes('build') ? netlify({imageCDN: false, devFeatures: false}) : undefined,
  integrations: [
    ...(previews ? [previewRoute()] : []),
    react(),
    // Every listed page with its other language; pages canonical elsewhere left out (src/integrations/sitemap.ts).
    sitemap(),
    sampleAssetFilesIntegration(),
    previewNoindex(),
    // Search in `astro dev`; a build's index is made after `astro build` (`npm run build`, scripts/index-search.ts).
    pagefind(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Astro inlines scripts below this size; the CSP (`script-src 'self'`) allows files only.
    build: {assetsInlineLimit: 0},
  },
  // Pages whose `cacheKey` (src/lib/cache-keys.ts) and code are unchanged since the last build are
  // copied from Astro's cache (`node_modules/.astro/`, kept between Netlify builds by
  // netlify/plugins/astro-build-cache) instead of rendered again.
  experimental: {incrementalBuild: true},
})
