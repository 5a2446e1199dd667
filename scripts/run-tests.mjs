#!/usr/bin/env node
// `npm test`: type-check, build the site from the sample dataset (the browser tests and the
// dist/ tests need it), run Vitest, then Playwright, and print one pass/fail count for all.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const reports = mkdtempSync(join(tmpdir(), 'onecop-test-reports-'))
const vitestReport = join(reports, 'vitest.json')
const playwrightReport = join(reports, 'playwright.json')
const studioReport = join(reports, 'playwright-studio.json')
// The sample build is what the tests check: a SANITY_* setting of the caller's shell must not
// leak in, and an empty SANITY_PROJECT_ID also wins over one in a local .env file.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SANITY_')))
Object.assign(env, {SANITY_PROJECT_ID: '', DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1'})

const counts = {passed: 0, failed: 0, skipped: 0}
/** Names of what failed, repeated after the totals so the end of a long log says what broke. */
const failures = []

/** How long each step took, printed with the totals: where the run's time goes. */
const durations = []

/** Runs one step, streaming its output; returns whether it exited 0. */
function step(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`)
  const started = Date.now()
  const {status, error} = spawnSync(command, args, {stdio: 'inherit', env: {...env, ...extraEnv}})
  if (error) console.error(error.message)
  durations.push(`${((Date.now() - started) / 60_000).toFixed(1).padStart(5)} min  ${title}`)
  return status === 0
}

/** A step that is a check in its own right counts as one test. */
function check(title, command, args) {
  const ok = step(title, command, args)
  counts[ok ? 'passed' : 'failed'] += 1
  if (!ok) failures.push(title)
  return ok
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/** Vitest's JSON report: each failed test as "file › name: first line of the error". */
function vitestFailures(report) {
  return report.testResults.flatMap((file) => {
    const name = file.name.replace(`${process.cwd()}/`, '')
    const failed = file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${name} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    // An error in a hook or at import fails the file without failing a test in it.
    return failed.length === 0 && file.status === 'failed' ? [`${name}: ${firstLine(file.message)}`] : failed
  })
}

/** Playwright's JSON report: each spec with an unexpected result, through nested describe blocks. */
function playwrightFailures(suites = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => `${spec.file} › ${spec.title}: ${firstLine(spec.tests?.[0]?.results?.at(-1)?.error?.message)}`),
    ...playwrightFailures(suite.suites),
  ])
}

/** Runs one Playwright configuration and adds its results to the totals. */
function playwrightStep(title, config, report) {
  const ok = step(title, node, ['node_modules/@playwright/test/cli.js', 'test', '--config', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: report,
  })
  const results = readJson(report)
  if (results) {
    counts.passed += results.stats.expected + results.stats.flaky
    counts.failed += results.stats.unexpected
    counts.skipped += results.stats.skipped
    failures.push(...playwrightFailures(results.suites))
  }
  if (!results || (!ok && results.stats.unexpected === 0)) {
    counts.failed += 1
    failures.push(`Playwright (${config}) ended with an error outside the tests (see its output above)`)
  }
}

function firstLine(text = '') {
  // Strip terminal colours; keep the line short enough to read at the end of a log.
  return text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')[0]
    .slice(0, 300)
}

const node = process.execPath
const typesOk = check('Type check (astro check)', node, ['node_modules/astro/bin/astro.mjs', 'check'])
const lintOk = [
  check('Lint (ESLint)', node, ['node_modules/eslint/bin/eslint.js', '.']),
  check('Format (Prettier --check; `npm run format` fixes it)', node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']),
  check('Unused files, exports and dependencies (knip)', node, ['node_modules/knip/bin/knip.js']),
].every(Boolean)
const built = check('Build the site from the sample dataset (npm run build: astro build, then the search index)', 'npm', ['run', 'build'])

if (built) {
  const vitestOk = step('Unit and integration tests (Vitest)', node, [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestReport}`,
  ])
  const vitest = readJson(vitestReport)
  if (vitest) {
    counts.passed += vitest.numPassedTests
    counts.failed += vitest.numFailedTests
    counts.skipped += vitest.numPendingTests + vitest.numTodoTests
    failures.push(...vitestFailures(vitest))
  }
  if (!vitest || (!vitestOk && vitest.numFailedTests === 0)) {
    counts.failed += 1 // crashed before reporting, or an error outside any test
    failures.push('Vitest ended with an error outside the tests (see its output above)')
  }

  playwrightStep('Browser tests (Playwright, Chromium)', 'playwright.config.ts', playwrightReport)
  playwrightStep(
    "Editors' journeys in the built Studio (Playwright, Chromium, a local Content Lake)",
    'playwright.studio.config.ts',
    studioReport,
  )
} else {
  console.error('\nThe build failed, so the tests that need dist/ were not run.')
}

rmSync(reports, {recursive: true, force: true})
console.log(`\nTime by step:\n${durations.join('\n')}`)
console.log(`\n${typesOk && lintOk && built ? '' : 'Checks failed before or during the build. '}Totals:`)
for (const failure of failures) console.log(`  failed: ${failure}`)
console.log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`)
process.exit(counts.failed === 0 ? 0 : 1)
