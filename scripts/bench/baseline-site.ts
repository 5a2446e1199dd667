/**
 * The baseline the site's build time is compared with: a bare Astro project of the same page
 * count, one trivial page per entry (`src/pages/[n].astro`), built and indexed as the site is
 * (`measureBuild` runs the site's `scripts/build.ts` in it, with the same Astro: this
 * repository's node_modules, linked in), in a folder of its own (its caches included, so the
 * site's are left alone).
 */
import {mkdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildEnv, measureBuild, type BuildRun} from './measure-build.ts'
import {pagefindMB} from './measure-dist.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

const CONFIG = `import {defineConfig} from 'astro/config'

export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  cacheDir: './cache/astro',
  vite: {cacheDir: './cache/vite'},
})
`

const PAGE = (pages: number) => `---
export function getStaticPaths() {
  return Array.from({length: ${pages}}, (_, i) => ({params: {n: String(i + 1)}}))
}
const {n} = Astro.params
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Entry {n}</title>
  </head>
  <body>
    <h1>Entry {n}</h1>
    <p>Page {n} of the baseline: one trivial page per entry.</p>
  </body>
</html>
`

/** Writes the baseline project for `pages` pages into `dir`. */
function writeBaselineSite(dir: string, pages: number): void {
  mkdirSync(join(dir, 'src/pages'), {recursive: true})
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'onecop-bench-baseline', private: true, type: 'module'}, null, 2))
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG)
  writeFileSync(join(dir, 'src/pages/[n].astro'), PAGE(pages))
}

/** Builds a fresh baseline of `pages` pages in `dir` (which must not exist yet): cold, like the site's first build. */
export async function buildBaseline(dir: string, pages: number): Promise<BuildRun & {pagefindMB: number}> {
  writeBaselineSite(dir, pages)
  const run = await measureBuild(dir, buildEnv(), join(dir, 'build.log'))
  const result = {...run, pagefindMB: pagefindMB(join(dir, 'dist'))}
  // Thousands of trivial pages nobody will read again; the project and its log stay.
  for (const folder of ['dist', 'cache', '.astro']) rmSync(join(dir, folder), {recursive: true, force: true})
  return result
}
