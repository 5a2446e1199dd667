/**
 * A digest of the site's own code: every file under `src/`, the workspace packages' sources and
 * manifests, and `tsconfig.json`. Part of every page's `cacheKey` (`cache-keys.ts`), so a deploy
 * that changes code renders every page again.
 *
 * Why: Astro's incremental build reuses a page when its `cacheKey` and its own component code are
 * unchanged, but it does not notice a change in the browser scripts the page loads (a component's
 * `<script>`, `src/browser/`), nor in a package's `sideEffects`. The bundler then writes those
 * scripts under new hashed names, and a reused page would still load the old names, gone from
 * `dist/`: the page would lose its script. Content-only builds (an editor's publish, the common
 * case) keep the same digest and reuse every page they can.
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'

/** What the digest reads, from the project's root: folders whole, and single files. */
const CODE_PATHS = ['src', 'packages', 'tsconfig.json'] as const

/** Folders under `CODE_PATHS` that are not code: dependencies and build output. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro'])

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, {withFileTypes: true})
    .filter((entry) => !SKIPPED.has(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)))
}

/** The digest of the code under `root` (each file's path and content); the same code gives the same digest. */
export function codeDigest(root: string = process.cwd()): string {
  const hash = createHash('sha256')
  for (const file of CODE_PATHS.flatMap((path) => filesUnder(join(root, path)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('base64url')
}
