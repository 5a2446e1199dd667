/**
 * `npm run bench`: builds the site from the sample dataset and from generated sites of 1,000 and
 * 10,000 resources, each with as many partnerships, each beside a bare Astro baseline of the same
 * page count, and measures cold build, warm rebuilds after one resource edit and one pairing
 * edit, memory, page weight per template, the Pagefind index, the directory (every pairing
 * reachable without JavaScript; "Find one near you" in Chromium) and the first search in
 * Chromium on the largest site. Prints a Markdown table (for docs/benchmark.md) and exits 1 when
 * a target is missed. Timings live here, never in the tests.
 *   npm run bench                        all of it (tens of minutes on 2 cores)
 *   npm run bench -- --sizes 1000        smaller, for a quick check
 *   npm run bench -- --pairings 2000     that many partnerships at every size (default: as many as resources)
 *   npm run bench -- --no-search         without Chromium
 * It builds in this checkout (dist/, .astro/, node_modules/.astro are replaced); everything else
 * goes to a temporary folder it names at the end.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {buildBaseline} from './bench/baseline-site.ts'
import {
  editOneResource,
  generateLibrary,
  readNdjson,
  SAMPLE_DATASET_FILE,
  SEARCH_TERMS,
  writeDataset,
  type Doc,
} from './bench/generate-library.ts'
import {editOnePairing, generatePairings} from './bench/generate-pairings.ts'
import {checkDirectory} from './bench/check-directory.ts'
import {buildEnv, clearBuildCaches, clearBuildOutput, measureBuild} from './bench/measure-build.ts'
import {htmlPageCount, measureDist} from './bench/measure-dist.ts'
import {measureSearch} from './bench/measure-search.ts'
import {renderingByTemplate, renderReport, type SiteResult} from './bench/report.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const {values: options} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1000,10000'},
    pairings: {type: 'string'},
    'no-search': {type: 'boolean', default: false},
  },
})
const sizes = options.sizes
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0)
  .sort((a, b) => a - b)
const loadAtStart = loadavg()[0]
const work = mkdtempSync(join(tmpdir(), 'onecop-bench-'))
const step = (text: string) => process.stderr.write(`${text}\n`)

/** Builds the site from `documents` cold (and a baseline of as many pages), weighs it, searches it, edits one resource and builds again warm. */
async function benchSite(label: string, documents: Doc[], generated: boolean, searchIt: boolean): Promise<SiteResult> {
  const folder = join(work, label.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase())
  const dataset = writeDataset(documents, folder)
  const env = buildEnv(dataset)
  step(`${label}: cold build (dataset ${dataset})`)
  clearBuildCaches(ROOT)
  const cold = await measureBuild(ROOT, env, join(folder, 'cold-build.log'))
  step(`  ${cold.seconds.toFixed(1)} s`)
  const resources = documents.filter((doc) => doc._type === 'resource').length
  const pairings = documents.filter((doc) => doc._type === 'partnership' && !String(doc._id).startsWith('drafts.')).length
  let baseline: SiteResult['baseline']
  if (generated) {
    // Right after the site's cold build, so both meet the machine in the same state.
    step(`  baseline: bare Astro, as many pages`)
    const pages = htmlPageCount(join(ROOT, 'dist'))
    baseline = {...(await buildBaseline(join(work, `baseline-${resources}`), pages)), pages}
    step(`  ${baseline.seconds.toFixed(1)} s for ${pages} pages`)
  }
  step('  weighing dist/')
  const weights = measureDist(join(ROOT, 'dist'))
  step('  the directory: every pairing reachable without JavaScript, "Find one near you" in Chromium')
  const directory = await checkDirectory(join(ROOT, 'dist'), documents, searchIt)
  step(
    `    ${directory.reached} of ${pairings} pairings reached through ${directory.statePages} state pages; near you: ${directory.nearYou ?? 'not run'}`,
  )
  let search: SiteResult['search']
  if (searchIt) {
    step(`  first search in Chromium: ${SEARCH_TERMS.join(', ')}`)
    search = {runs: await measureSearch(join(ROOT, 'dist'), SEARCH_TERMS)}
    for (const run of search.runs)
      step(`    ${run.term}: ${(run.bytes / 1024).toFixed(1)} KB in ${run.requests} requests, ${run.paintMs.toFixed(0)} ms (${run.status})`)
  }
  const edited = editOneResource(dataset)
  step(`  warm build after editing the title of ${edited}`)
  clearBuildOutput(ROOT)
  const warm = await measureBuild(ROOT, env, join(folder, 'warm-build.log'))
  step(`  ${warm.seconds.toFixed(1)} s`)
  const editedPairing = editOnePairing(dataset)
  step(`  warm build after editing the congregation name of ${editedPairing}`)
  clearBuildOutput(ROOT)
  const warmPairing = await measureBuild(ROOT, env, join(folder, 'warm-pairing-build.log'))
  step(`  ${warmPairing.seconds.toFixed(1)} s`)
  return {label, generated, resources, pairings, cold, warm, warmPairing, weights, baseline, search, directory}
}

/** The machine, as the README's table names it. */
function machine(): string {
  const os = (() => {
    try {
      const release = readFileSync('/etc/os-release', 'utf8')
      const name = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? 'Linux'
      const debian = readFileSync('/etc/debian_version', 'utf8').trim()
      return `${name} (${debian})`
    } catch {
      return process.platform
    }
  })()
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {version: string}).version
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os}, Node ${process.version}, Astro ${version('astro')}, Pagefind ${version('pagefind')}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`
}

const sample = readNdjson(SAMPLE_DATASET_FILE)
const sites: SiteResult[] = []
sites.push(await benchSite(`Sample (${sample.filter((doc) => doc._type === 'resource').length} resources)`, sample, false, false))
for (const size of sizes) {
  const searchIt = !options['no-search'] && size === sizes.at(-1)
  const pairings = options.pairings ? Number(options.pairings) : size
  const label = `${size.toLocaleString('en-US')} resources, ${pairings.toLocaleString('en-US')} pairings`
  sites.push(await benchSite(label, generatePairings(generateLibrary(sample, size), pairings), true, searchIt))
}

const {markdown, misses} = renderReport(sites)
console.log(`\n${new Date().toISOString().slice(0, 10)}, ${machine()}.\n`)
console.log(markdown)
const searched = sites.find((site) => site.search)
console.log(
  `\nPeak memory: resident set of the build and its child processes (Pagefind's indexer), sampled every 100 ms. Warm rebuilds: the same dataset with one resource's title changed, built as Netlify builds (no dist/, caches kept); then one partnership's congregation name.${
    searched
      ? ` First search: ${searched.label}, ${SEARCH_TERMS.length} queries (${SEARCH_TERMS.join(', ')}), each in a fresh browser context, typed 80 ms per key; bytes are compressed bodies.`
      : ''
  }`,
)
for (const site of sites.filter((each) => each.generated))
  console.log(`\nRendering by template, cold build of ${site.label}: ${renderingByTemplate(site)}.`)
if (searched) {
  const runs = [...searched.search!.runs].sort((a, b) => a.bytes - b.bytes)
  const middle = runs[Math.floor(runs.length / 2)]
  const kinds = Object.entries(middle.bytesByKind).sort((a, b) => b[1] - a[1])
  console.log(
    `\nFirst search for “${middle.term}” (the median), by kind of file: ${kinds.map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(1)} KB`).join(', ')}.`,
  )
}
if (misses.length > 0) console.log(`\nMissed targets:\n${misses.map((miss) => `- ${miss}`).join('\n')}`)
console.log(`\nDatasets, baselines and build logs: ${work}\ndist/ holds the last build (${sites.at(-1)!.label}, warm).`)
process.exit(misses.length === 0 ? 0 : 1)
