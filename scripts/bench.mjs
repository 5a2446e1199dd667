#!/usr/bin/env node
// `npm run bench`: builds the site from the sample dataset and measures it against the
// project's speed and size targets. Prints a table; exits 1 when a target is missed.
// Timings live here, never in the tests (a slow machine must not fail a test run).
import {spawnSync} from 'node:child_process'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'

const TARGETS = {
  buildSeconds: 90, // astro build + Pagefind, sample dataset, 2 cores
  pageScriptGzip: 2 * 1024, // JavaScript a page without search loads up front
  cssGzip: 30 * 1024, // the one stylesheet
  largestHtmlGzip: 40 * 1024, // the heaviest page's HTML
  pagefindIndexMB: 5, // everything under dist/pagefind
}

const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SANITY_')))
const started = performance.now()
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: {...env, ASTRO_TELEMETRY_DISABLED: '1'},
  encoding: 'utf8',
})
const buildSeconds = (performance.now() - started) / 1000
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr)
  process.exit(1)
}

const files = readdirSync('dist', {recursive: true}).filter((file) => statSync(join('dist', file)).isFile())
const gzip = (file) => gzipSync(readFileSync(join('dist', file))).length
const html = files.filter((file) => file.endsWith('.html'))
const scriptsOf = (page) =>
  [...readFileSync(join('dist', page), 'utf8').matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => m[1])
const pageScriptGzip = Math.max(
  ...['index.html', 'partners/index.html', 'events/index.html'].map((page) => scriptsOf(page).reduce((sum, file) => sum + gzip(file), 0)),
)
const cssGzip = files.filter((file) => file.endsWith('.css')).reduce((sum, file) => sum + gzip(file), 0)
const largest = html.map((file) => [file, gzip(file)]).sort((a, b) => b[1] - a[1])[0]
const pagefindIndexMB =
  files.filter((file) => file.startsWith('pagefind/')).reduce((sum, file) => sum + statSync(join('dist', file)).size, 0) / 1024 / 1024

const rows = [
  ['build time (s)', buildSeconds.toFixed(1), TARGETS.buildSeconds],
  ['script on a page without search (B gzip)', pageScriptGzip, TARGETS.pageScriptGzip],
  ['CSS (B gzip)', cssGzip, TARGETS.cssGzip],
  [`largest page HTML (B gzip, ${largest[0]})`, largest[1], TARGETS.largestHtmlGzip],
  ['Pagefind index (MB)', pagefindIndexMB.toFixed(2), TARGETS.pagefindIndexMB],
]
let missed = 0
console.log(`${html.length} pages built\n`)
for (const [name, value, target] of rows) {
  const ok = Number(value) <= target
  if (!ok) missed += 1
  console.log(`${ok ? 'ok  ' : 'MISS'}  ${name.padEnd(58)} ${String(value).padStart(8)}  (target ≤ ${target})`)
}
process.exit(missed === 0 ? 0 : 1)
