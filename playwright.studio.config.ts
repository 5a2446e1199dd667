import {defineConfig} from '@playwright/test'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

// One Studio build per run, in a folder the workers learn from the environment they inherit.
process.env.ONECOP_STUDIO_BUILD_DIR ??= join(tmpdir(), `onecop-studio-journeys-${Date.now()}-${process.pid}`)

/**
 * The editors' journeys: the built Studio in Chromium against a local Content Lake
 * (`npm run test:studio`; `npm test` runs them after the site's browser tests). The setup project
 * builds the Studio once; each journey starts its own Content Lake and its own Chromium, which
 * reaches the Content Lake under Sanity's host names (tests/__studio__/fixtures.ts).
 * `npm run docs:screenshots` runs them with ONECOP_SCREENSHOTS=1 to retake the editors' guide's pictures.
 */
export default defineConfig({
  testDir: 'tests/__studio__',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A journey may wait for site builds, which take one at a time across the machine.
  timeout: 300_000,
  expect: {timeout: 20_000},
  reporter: [['list']],
  use: {trace: 'retain-on-failure', actionTimeout: 20_000},
  projects: [
    {name: 'studio-build', testMatch: /studio\.setup\.ts/},
    {name: 'studio', testMatch: /\.journey\.ts/, dependencies: ['studio-build']},
  ],
})
