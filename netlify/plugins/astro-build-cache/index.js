/**
 * A local build plugin: keeps Astro's cache (`node_modules/.astro/`, where
 * `experimental.incrementalBuild` records each page's `cacheKey` and keeps a copy of its output)
 * between Netlify builds, with Netlify's cache utilities. A publish that changes one resource
 * then renders that resource's pages and the lists that show it, not the whole library.
 * Registered in netlify.toml:
 *
 *   [[plugins]]
 *     package = "./netlify/plugins/astro-build-cache"
 *
 * Netlify restores before the build command and saves after a successful build only, so a
 * failed build never leaves a half-written cache for the next one. Astro itself throws the cache
 * away when the config, the lockfile or a page's code changes.
 *
 * Netlify Build loads this file and refuses any export that is not an event handler
 * (`onPreBuild`, `onPostBuild`...): shared values live in files beside it.
 */
import {ASTRO_CACHE_DIR} from './cache-dir.js'

export const onPreBuild = async ({utils}) => {
  const restored = await utils.cache.restore(ASTRO_CACHE_DIR)
  console.log(`astro-build-cache: ${restored ? 'restored the cache of the last build' : 'no cache yet: every page is rendered'}.`)
}

export const onPostBuild = async ({utils}) => {
  const saved = await utils.cache.save(ASTRO_CACHE_DIR)
  console.log(`astro-build-cache: ${saved ? 'saved the cache for the next build' : 'nothing to save'}.`)
}
