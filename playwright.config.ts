import {existsSync} from 'node:fs'
import {defineConfig, devices} from '@playwright/test'

/** Where the built site is served for the browser tests; not 4321, so a running `npm start` is left alone. */
const port = Number(process.env.E2E_PORT ?? 4329)

// Playwright cannot download its own browsers here: use Debian's Chromium where it exists,
// and Playwright's own build elsewhere.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'tests/__e2e__',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(existsSync(systemChromium) ? {executablePath: systemChromium} : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Serves the already-built dist/ (npm test builds it first) as `npm start` does: like Netlify,
    // with netlify.toml's headers, so every page is tested under the production CSP.
    command: `node scripts/serve-like-netlify.ts --port ${port} dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
