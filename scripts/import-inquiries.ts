/**
 * `npm run inquiries:import -- <export.csv> [--form <form name>]`: brings submissions from a
 * Netlify Forms CSV export into the Content Lake as inquiries, for when the submission-created
 * function could not write them (the Content Lake was down, or the tokens were not set yet).
 * Each row goes through the same rule as the function (`inquiryFromSubmission`) and is written
 * with `createIfNotExists` under the same id (`inquiry.<submission id>`), so running it again, or
 * over submissions the function already stored, adds nothing.
 *
 * Netlify exports one form per file: its columns are the form's fields plus `id` and `created_at`
 * (and Netlify's own `ip`, `user_agent`, `referrer`, which are not kept). The form's name comes
 * from `--form`, or from a `form_name` column. Needs SANITY_PROJECT_ID, SANITY_DATASET and
 * SANITY_API_WRITE_TOKEN, as the function does.
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {createClient, type SanityClient} from '@sanity/client'
import {inquiryFromSubmission, SANITY_API_VERSION} from '@onecop/content-model'
import {lakeConfigFromEnv} from '../src/sanity/environment.ts'

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"'
        at += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ',') endField()
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at += 1
      endRow()
    } else field += char
  }
  if (field !== '' || row.length > 0) endRow()
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''))
}

/** What an import did, row by row. */
export interface ImportReport {
  stored: string[]
  refused: string[]
  failed: string[]
}

/** Imports the submissions of a Netlify Forms CSV export through `client`. */
export async function importInquiries(csv: string, client: SanityClient, formName?: string): Promise<ImportReport> {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))
  if (!header) throw new Error('the file is empty: export the form from Netlify (Forms → the form → Download as CSV)')
  const columns = header.map((name) => name.trim())
  for (const required of ['id', 'created_at'])
    if (!columns.includes(required)) throw new Error(`the file has no "${required}" column: is it a Netlify Forms export?`)
  if (!formName && !columns.includes('form_name')) throw new Error('say which form the file is from: --form <form name>')
  const report: ImportReport = {stored: [], refused: [], failed: []}
  for (const [index, cells] of rows.entries()) {
    const row = Object.fromEntries(columns.map((name, at) => [name, cells[at] ?? '']))
    const {id, created_at, form_name, ...data} = row
    const outcome = inquiryFromSubmission({id, created_at, form_name: formName ?? form_name, data})
    if ('refused' in outcome) {
      report.refused.push(`row ${index + 2}: ${outcome.refused}`)
      continue
    }
    try {
      await client.createIfNotExists(outcome.inquiry)
      report.stored.push(outcome.inquiry._id)
    } catch (error) {
      report.failed.push(`row ${index + 2}: ${outcome.inquiry._id}: ${(error as Error).message}`)
    }
  }
  return report
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values, positionals} = parseArgs({options: {form: {type: 'string'}}, allowPositionals: true})
  const lake = lakeConfigFromEnv()
  const token = process.env.SANITY_API_WRITE_TOKEN?.trim()
  if (!positionals[0] || !lake || !token) {
    console.error('Usage: SANITY_PROJECT_ID=… SANITY_API_WRITE_TOKEN=… npm run inquiries:import -- <export.csv> [--form <form name>]')
    process.exit(2)
  }
  const client = createClient({
    projectId: lake.projectId,
    dataset: lake.dataset,
    apiVersion: SANITY_API_VERSION,
    token,
    useCdn: false,
    ...(lake.apiHost ? {apiHost: lake.apiHost, useProjectHostname: false} : {}),
  })
  const report = await importInquiries(await readFile(positionals[0], 'utf8'), client, values.form)
  for (const line of [...report.refused, ...report.failed]) console.log(line)
  console.log(
    `${report.stored.length} stored or already there, ${report.refused.length} refused, ${report.failed.length} could not be written`,
  )
  process.exit(report.failed.length > 0 ? 1 : 0)
}
