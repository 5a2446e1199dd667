/**
 * The Studio as it ships (`sanity build`), built once per run for the journeys, and a static
 * server for it that hands every address without a file to `index.html`, as Sanity's hosting does.
 * The build is configured the way a deploy is, through SANITY_STUDIO_* variables only: the test
 * project's id, and the site's address (`onecop-site.test`, which Chromium resolves to the local
 * site server).
 */
import {execFileSync} from 'node:child_process'
import {createReadStream, existsSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize} from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Where this run's Studio is built: a folder per run (named by playwright.studio.config.ts in the
 * environment its workers inherit), so two runs on one machine never serve each other's build.
 */
const STUDIO_BUILD_DIR = process.env.ONECOP_STUDIO_BUILD_DIR ?? join(ROOT, 'node_modules/.cache/onecop-studio-journeys')

/** The project id the journeys' Studio is built for, and the local Content Lake serves. */
export const STUDIO_PROJECT_ID = 'onecoptest'

/**
 * The site's host as the Studio knows it (SANITY_STUDIO_SITE_URL is `https://` it): served over
 * HTTPS as on Netlify, so the previews' cookie (Secure, SameSite=None) is kept in Presentation's frame.
 */
export const SITE_HOST = 'onecop-site.test'

export function buildStudio(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/sanity/bin/sanity'), 'build', STUDIO_BUILD_DIR, '--yes'], {
    cwd: join(ROOT, 'studio'),
    stdio: 'inherit',
    env: {
      ...process.env,
      DO_NOT_TRACK: '1',
      SANITY_TELEMETRY_DISABLED: '1',
      SANITY_STUDIO_PROJECT_ID: STUDIO_PROJECT_ID,
      SANITY_STUDIO_DATASET: 'production',
      SANITY_STUDIO_SITE_URL: `https://${SITE_HOST}`,
    },
  })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

/** Serves the built Studio on a free loopback port. */
export async function serveStudio(): Promise<{url: string; server: Server}> {
  if (!existsSync(join(STUDIO_BUILD_DIR, 'index.html')))
    throw new Error(`No Studio build in ${STUDIO_BUILD_DIR}: the "studio-build" setup project makes it.`)
  const server = createServer((req, res) => {
    let file = join(STUDIO_BUILD_DIR, normalize(new URL(req.url ?? '/', 'http://x').pathname))
    if (!file.startsWith(STUDIO_BUILD_DIR) || !existsSync(file) || statSync(file).isDirectory()) file = join(STUDIO_BUILD_DIR, 'index.html')
    res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'})
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server}
}
