/**
 * The bench's results as one Markdown table, ready to paste into docs/benchmark.md: a row per metric,
 * a column per site build (the sample, then each generated library beside its baseline), the
 * target and whether it was met. Also lists every missed target and by how much.
 */
import type {DirectoryCheck} from './check-directory.ts'
import type {BuildRun} from './measure-build.ts'
import {TEMPLATES, templateOf, type DistWeights} from './measure-dist.ts'
import {SEARCH_TARGETS, summarizeSearch, type SearchRun} from './measure-search.ts'

/** One build of the site: the sample dataset or a generated library. */
export interface SiteResult {
  label: string
  /** A generated library (the sample is not one): the library targets apply. */
  generated: boolean
  resources: number
  pairings: number
  cold: BuildRun
  /** After one resource's title changed. */
  warm: BuildRun
  /** After that, one partnership's congregation name changed. */
  warmPairing: BuildRun
  weights: DistWeights
  directory: DirectoryCheck
  baseline?: BuildRun & {pagefindMB: number; pages: number}
  search?: {runs: SearchRun[]}
}

/** The targets (docs/benchmark.md, "Targets"). */
const TARGETS = {
  sampleBuildSeconds: 90, // astro build + Pagefind, sample dataset, 2 cores
  coldToBaseline: 2.0, // cold build ÷ the bare Astro baseline, at the largest site
  warmToCold: 0.25, // warm rebuild after one resource or one pairing edit ÷ cold build, at the largest site
  peakMemoryMB: 3 * 1024, // the build's processes together, at the largest site
  placesIndexGzip: 40 * 1024, // what "Find one near you" loads
  pageHtmlGzip: 40 * 1024, // no page heavier, at any library size
  cssGzip: 30 * 1024, // the site's stylesheet
  pageScriptGzip: 2 * 1024, // JavaScript a page without search loads up front
  samplePagefindMB: 5, // the sample's search index
  // First search: bytes and last keystroke to painted results (median), slowest query (measure-search.ts).
  ...SEARCH_TARGETS,
}

/** A cell: the text shown, and the number a target judges (undefined: not judged here). */
type Cell = {text: string; value?: number}
type Row = {metric: string; target: string; limit?: number; cells: (Cell | undefined)[]; over?: (value: number) => string}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`
const s = (seconds: number) => seconds.toFixed(1)
const count = (n: number) => n.toLocaleString('en-US')

/** The table and the list of missed targets. */
export function renderReport(sites: SiteResult[]): {markdown: string; misses: string[]} {
  // Columns: each site, and after each generated library its baseline.
  const columns: {label: string; site: SiteResult; baseline: boolean}[] = sites.flatMap((site) => [
    {label: site.label, site, baseline: false},
    ...(site.baseline ? [{label: `Baseline, ${count(site.baseline.pages)} pages`, site, baseline: true}] : []),
  ])
  const largest = sites.filter((site) => site.generated).at(-1)
  const siteCell = (make: (site: SiteResult) => Cell | undefined) => columns.map((c) => (c.baseline ? undefined : make(c.site)))
  const both = (make: (run: BuildRun & {pages?: number}, site: SiteResult) => Cell | undefined, baselineToo = true) =>
    columns.map((c) =>
      c.baseline ? (baselineToo ? make(c.site.baseline!, c.site) : undefined) : make({...c.site.cold, pages: c.site.weights.pages}, c.site),
    )
  const phase = (name: keyof BuildRun['phases']) =>
    siteCell((site) => (site.cold.phases[name] === undefined ? undefined : {text: s(site.cold.phases[name]!)}))

  const rows: Row[] = [
    {metric: 'Pages built', target: '', cells: both((run) => ({text: count(run.pages!)}))},
    {
      metric: 'Cold build (s)',
      target: `≤ ${TARGETS.sampleBuildSeconds} s (sample)`,
      limit: TARGETS.sampleBuildSeconds,
      cells: both((run, site) => ({text: s(run.seconds), value: site.generated ? undefined : run.seconds})),
      over: (v) => `${s(v)} s`,
    },
    {metric: '… content sync (s)', target: '', cells: phase('content')},
    {metric: '… bundling (s)', target: '', cells: phase('bundling')},
    {metric: '… rendering pages (s)', target: '', cells: phase('rendering')},
    {metric: '… Pagefind indexing (s)', target: '', cells: phase('pagefind')},
    {
      metric: '… the rest: startup, config, types, copying (s)',
      target: '',
      cells: siteCell((site) => ({text: s(site.cold.seconds - Object.values(site.cold.phases).reduce((sum, part) => sum + part, 0))})),
    },
    {
      metric: 'Cold build ÷ baseline',
      target: `≤ ${TARGETS.coldToBaseline}× (largest site)`,
      limit: TARGETS.coldToBaseline,
      cells: siteCell((site) => {
        if (!site.baseline) return undefined
        const ratio = site.cold.seconds / site.baseline.seconds
        return {text: `${ratio.toFixed(2)}×`, value: site === largest ? ratio : undefined}
      }),
      over: (v) => `${v.toFixed(2)}×`,
    },
    {
      metric: 'CPU time of the cold build, user + sys (s)',
      target: '',
      cells: both((run) => (run.cpuSeconds === null ? undefined : {text: s(run.cpuSeconds)})),
    },
    {
      metric: 'CPU time ÷ baseline',
      target: '',
      cells: siteCell((site) =>
        site.baseline && site.cold.cpuSeconds && site.baseline.cpuSeconds
          ? {text: `${(site.cold.cpuSeconds / site.baseline.cpuSeconds).toFixed(2)}×`}
          : undefined,
      ),
    },
    {
      metric: 'Peak memory (MB, RSS of the build and its child processes)',
      target: `≤ ${TARGETS.peakMemoryMB} MB (largest site)`,
      limit: TARGETS.peakMemoryMB,
      cells: both((run, site) =>
        run.peakMemoryMB === null
          ? undefined
          : {
              text: run.peakMemoryMB.toFixed(0),
              value: site === largest && run.logPath === site.cold.logPath ? run.peakMemoryMB : undefined,
            },
      ),
      over: (v) => `${v.toFixed(0)} MB`,
    },
    ...(['warm', 'warmPairing'] as const).map((which): Row => ({
      metric: `Warm rebuild after one ${which === 'warm' ? 'resource' : 'pairing'} edit (s, % of cold)`,
      target: `≤ ${TARGETS.warmToCold * 100}% of cold (largest site)`,
      limit: TARGETS.warmToCold,
      cells: siteCell((site) => {
        const share = site[which].seconds / site.cold.seconds
        return {text: `${s(site[which].seconds)} (${(share * 100).toFixed(0)}%)`, value: site === largest ? share : undefined}
      }),
      over: (v) => `${(v * 100).toFixed(0)}%`,
    })),
    ...TEMPLATES.map((template) => ({
      metric: `HTML gzip, ${template} pages: median / max (KB)`,
      target: '',
      cells: siteCell((site) => {
        const weight = site.weights.templates[template]
        return weight && {text: `${kb(weight.median)} / ${kb(weight.max)} (${count(weight.pages)})`}
      }),
    })),
    {
      metric: 'Heaviest page, HTML gzip (KB)',
      target: `≤ ${kb(TARGETS.pageHtmlGzip)} KB`,
      limit: TARGETS.pageHtmlGzip,
      cells: siteCell((site) => ({
        text: `${kb(site.weights.heaviest.bytes)} \`${site.weights.heaviest.page}\``,
        value: site.weights.heaviest.bytes,
      })),
      over: (v) => `${kb(v)} KB`,
    },
    {
      metric: 'Pairings reached from /partnerships/ without JavaScript, both editions',
      target: 'all',
      limit: 0,
      cells: siteCell((site) => ({
        text: `${count(site.directory.reached)} of ${count(site.pairings)}${site.directory.missed.length ? ` (not: ${site.directory.missed.join(', ')})` : ''}`,
        value: site.pairings - site.directory.reached,
      })),
      over: (v) => `${count(v)} not reached`,
    },
    {
      metric: '"Find one near you": index of places, gzip (KB)',
      target: `≤ ${kb(TARGETS.placesIndexGzip)} KB`,
      limit: TARGETS.placesIndexGzip,
      cells: siteCell((site) => ({text: kb(site.directory.placesIndexGzip), value: site.directory.placesIndexGzip})),
      over: (v) => `${kb(v)} KB`,
    },
    {
      metric: '"Find one near you" finds a city and leads to its pairings (Chromium)',
      target: 'found',
      limit: 0,
      cells: siteCell((site) =>
        site.directory.nearYou === undefined
          ? undefined
          : {text: site.directory.nearYou, value: site.directory.nearYou.startsWith('found') ? 0 : 1},
      ),
      over: () => 'not found',
    },
    {
      metric: 'CSS, gzip (KB)',
      target: `≤ ${kb(TARGETS.cssGzip)} KB`,
      limit: TARGETS.cssGzip,
      cells: siteCell((site) => ({text: kb(site.weights.cssGzip), value: site.weights.cssGzip})),
      over: (v) => `${kb(v)} KB`,
    },
    {
      metric: 'JS a page without search loads up front, gzip (B)',
      target: `≤ ${TARGETS.pageScriptGzip} B`,
      limit: TARGETS.pageScriptGzip,
      cells: siteCell((site) => ({text: String(site.weights.pageScriptGzip), value: site.weights.pageScriptGzip})),
      over: (v) => `${v} B`,
    },
    {
      metric: 'Pagefind index (MB)',
      target: `≤ ${TARGETS.samplePagefindMB} MB (sample)`,
      limit: TARGETS.samplePagefindMB,
      cells: columns.map((c) =>
        c.baseline
          ? {text: c.site.baseline!.pagefindMB.toFixed(2)}
          : {text: c.site.weights.pagefindMB.toFixed(2), value: c.site.generated ? undefined : c.site.weights.pagefindMB},
      ),
      over: (v) => `${v.toFixed(2)} MB`,
    },
    {
      metric: 'First search, bytes transferred (KB): median (max)',
      target: `≤ ${kb(TARGETS.medianBytes)} KB`,
      limit: TARGETS.medianBytes,
      cells: siteCell((site) => {
        if (!site.search) return undefined
        const {medianBytes, maxBytes} = summarizeSearch(site.search.runs)
        return {text: `${kb(medianBytes)} (${kb(maxBytes)})`, value: medianBytes}
      }),
      over: (v) => `${kb(v)} KB`,
    },
    {
      metric: 'First search, last keystroke → results painted (ms): median',
      target: `≤ ${TARGETS.medianPaintMs} ms`,
      limit: TARGETS.medianPaintMs,
      cells: siteCell((site) => {
        if (!site.search) return undefined
        const {medianPaintMs} = summarizeSearch(site.search.runs)
        return {text: medianPaintMs.toFixed(0), value: medianPaintMs}
      }),
      over: (v) => `${v.toFixed(0)} ms`,
    },
    {
      metric: 'First search, last keystroke → results painted (ms): slowest query',
      target: `≤ ${TARGETS.slowestPaintMs} ms`,
      limit: TARGETS.slowestPaintMs,
      cells: siteCell((site) => {
        if (!site.search) return undefined
        const {slowest} = summarizeSearch(site.search.runs)
        return {text: `${slowest.paintMs.toFixed(0)} (“${slowest.term}”)`, value: slowest.paintMs}
      }),
      over: (v) => `${v.toFixed(0)} ms`,
    },
  ]

  const misses: string[] = []
  const lines = [
    `| Metric | ${columns.map((c) => c.label).join(' | ')} | Target | Result |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} | --- | --- |`,
  ]
  for (const row of rows) {
    const missedIn: string[] = []
    row.cells.forEach((cell, i) => {
      if (cell?.value === undefined || row.limit === undefined || cell.value <= row.limit) return
      missedIn.push(columns[i].label)
      const times = (cell.value / row.limit).toFixed(1)
      misses.push(`${row.metric}, ${columns[i].label}: ${row.over!(cell.value)}, target ${row.target} (${times}× the limit)`)
    })
    const judged = row.cells.some((cell) => cell?.value !== undefined)
    const result = !judged ? '' : missedIn.length === 0 ? 'ok' : `**MISS** (${missedIn.join(', ')})`
    lines.push(`| ${row.metric} | ${row.cells.map((cell) => cell?.text ?? '–').join(' | ')} | ${row.target} | ${result} |`)
  }
  return {markdown: lines.join('\n'), misses}
}

/**
 * Where a cold build's rendering time went, by template: "resource 18.8 s (10,000 pages), ...",
 * slowest first. Astro renders several pages at once (`build.concurrency`), and each page's own
 * time counts the others it overlapped with; so each template's share of the summed page times is
 * given as that share of the rendering phase's wall time.
 */
export function renderingByTemplate(site: SiteResult): string {
  const totals = new Map<string, {ms: number; pages: number}>()
  for (const [page, ms] of Object.entries(site.cold.pageRenderMs)) {
    const template = page.endsWith('.html') ? templateOf(page) : 'feeds and calendars'
    const total = totals.get(template) ?? {ms: 0, pages: 0}
    totals.set(template, {ms: total.ms + ms, pages: total.pages + 1})
  }
  const summedMs = [...totals.values()].reduce((sum, total) => sum + total.ms, 0)
  const wallMs = (site.cold.phases.rendering ?? summedMs / 1000) * 1000
  return [...totals]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([template, {ms, pages}]) => `${template} ${s((ms / summedMs) * (wallMs / 1000))} s (${count(pages)})`)
    .join(', ')
}
