/**
 * Astro's `cacheDir`, relative to the base directory (Astro's default), where
 * `experimental.incrementalBuild` keeps its manifest and its copies of rendered pages.
 * In a file of its own: a build plugin's `index.js` may export event handlers only (Netlify
 * Build refuses to load one that exports anything else), and the tests need the path too.
 */
export const ASTRO_CACHE_DIR = 'node_modules/.astro'
