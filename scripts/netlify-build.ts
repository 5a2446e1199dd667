/**
 * `npm run build:netlify`: Netlify's own build (`@netlify/build`, the engine of Netlify's build
 * servers and of `netlify build`), offline, on this folder: netlify.toml, the build command, the
 * local build plugins, the functions packaged into `.netlify/functions/` with their manifest.
 * What a deploy would do but the upload. The build reads the same environment as
 * `npm run build` (`SANITY_PROJECT_ID` and the rest).
 *
 *   node scripts/netlify-build.ts [--context production] [--report result.json]
 *
 * `--report` writes how it ended and the headers and redirects Netlify resolved (from
 * netlify.toml and any `_headers` or `_redirects` in `dist/`), for the tests. Exits 1 on failure.
 */
import build from '@netlify/build'
import {writeFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'

/** What the tests read of a Netlify build. */
export interface NetlifyBuildReport {
  success: boolean
  severityCode: number
  headers: {for: string; values: Record<string, string>}[]
  redirects: {from: string; to: string; status?: number; force?: boolean}[]
}

const {values} = parseArgs({options: {context: {type: 'string', default: 'production'}, report: {type: 'string'}}})

const result = await build({
  cwd: process.cwd(),
  context: values.context,
  // Nothing is fetched or sent: no site settings from Netlify's API, no telemetry.
  offline: true,
  telemetry: false,
  mode: 'cli',
})

if (values.report) {
  const report: NetlifyBuildReport = {
    success: result.success,
    severityCode: result.severityCode,
    headers: (result.netlifyConfig?.headers ?? []) as NetlifyBuildReport['headers'],
    redirects: (result.netlifyConfig?.redirects ?? []) as NetlifyBuildReport['redirects'],
  }
  await writeFile(values.report, JSON.stringify(report, null, 2))
}
process.exit(result.success ? 0 : 1)
