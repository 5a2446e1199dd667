/**
 * The second half of `npm run build`: the search index of the site `astro build` wrote.
 *
 *   node scripts/index-search.ts [outDir]     (default `dist`)
 *
 * A process of its own, so that Pagefind's indexer follows the build's memory instead of adding
 * to it (`src/integrations/search-index.ts`). Exits 1, saying why, when the index cannot be made:
 * a site without search is not a finished build.
 */
import {resolve} from 'node:path'
import {indexBuiltSite} from '../src/integrations/search-index.ts'

const outDir = resolve(process.argv[2] ?? 'dist')
const started = performance.now()
console.log(`[search-index] Indexing ${outDir}`)
try {
  const pages = await indexBuiltSite(outDir, (message) => console.log(`[search-index] ${message}`))
  console.log(`[search-index] Pagefind indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  console.error(`[search-index] ${(error as Error).message}`)
  process.exit(1)
}
