/**
 * `npm run build`: the site (`astro build`), then its search index (`index-search.ts`), each in a
 * process of its own, the index's started once Astro's has ended and given back its memory
 * (`src/integrations/search-index.ts`).
 *
 *   node scripts/build.ts [--outDir <dir>]     (run in the site's folder; `dist` by default)
 *
 * The one place the build's steps are written down: Netlify (through `npm run build`), the tests
 * and the bench all run this. Exits with the failing step's code; the index is not made when the
 * site did not build.
 */
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const INDEX_SEARCH = fileURLToPath(new URL('./index-search.ts', import.meta.url))

const {values} = parseArgs({options: {outDir: {type: 'string'}}})
const outDir = values.outDir ?? 'dist'

/** Runs one step in Node, its output as it comes; resolves to its exit code. */
function step(args: string[]): Promise<number> {
  const child = spawn(process.execPath, args, {stdio: 'inherit'})
  // A build stopped from outside (Ctrl-C, a test's timeout) stops the step it is in.
  const stop = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', stop).on('SIGTERM', stop)
  return new Promise((resolve) =>
    child.on('close', (code) => {
      process.off('SIGINT', stop).off('SIGTERM', stop)
      resolve(code ?? 1)
    }),
  )
}

let code = await step(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir])
if (code === 0) code = await step([INDEX_SEARCH, outDir])
process.exit(code)
