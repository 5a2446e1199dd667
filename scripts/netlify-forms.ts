/**
 * Netlify Forms, locally, as `serve-like-netlify.ts` and the tests use it: the forms Netlify
 * detects in the built HTML (`data-netlify`, by name, with their honeypot field), the posts it
 * accepts (a detected form's name, the honeypot empty; others are dropped, as Netlify drops spam),
 * the submission it keeps for each, the part of its API that reads one back
 * (`GET /api/v1/submissions/:id`, with a token), and the `submission-created` event it sends to
 * the site's function with each new submission.
 */
import {randomBytes} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'

/** A form as Netlify detects it at deploy. */
export interface DetectedForm {
  name: string
  /** The field whose value marks a post as spam (`netlify-honeypot`). */
  honeypot?: string
}

/** A submission as Netlify keeps it and its API and events describe it. */
export interface Submission {
  id: string
  form_name: string
  created_at: string
  data: Record<string, string>
}

/** What became of a post: a new submission, or dropped (and why). */
export type PostOutcome = {submission: Submission} | {dropped: 'not a form of the site' | 'honeypot filled'}

export interface LocalNetlifyForms {
  forms: Map<string, DetectedForm>
  submissions: Map<string, Submission>
  /** Netlify's API here (`NETLIFY_API_URL`) and a token it accepts (`NETLIFY_API_TOKEN`). */
  apiUrl: string
  apiToken: string
  /** Receives a post as Netlify does; a new submission is kept and its event is sent to `onSubmission`. */
  receive(fields: URLSearchParams, visitor: {ip: string; userAgent: string; referrer: string}): PostOutcome
  close(): Promise<void>
}

/** The forms in every HTML file under `dir`, as Netlify's form detection finds them. */
export function detectForms(dir: string): Map<string, DetectedForm> {
  const forms = new Map<string, DetectedForm>()
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8')
    if (!html.includes('data-netlify')) continue
    for (const [tag] of html.matchAll(/<form\b[^>]*>/g)) {
      const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
      const name = attribute('name')
      if (attribute('data-netlify') !== 'true' || !name) continue
      forms.set(name, {name, honeypot: attribute('netlify-honeypot')})
    }
  }
  return forms
}

/** The `submission-created` event Netlify sends for `submission`. */
export const submissionEvent = (submission: Submission) => ({payload: {...submission, form_id: `form-${submission.form_name}`}, site: {}})

/** Starts Netlify Forms for the site built in `dir`; `onSubmission` gets each new submission's event. */
export async function startNetlifyForms(dir: string, onSubmission: (event: object) => void): Promise<LocalNetlifyForms> {
  const forms = detectForms(dir)
  const submissions = new Map<string, Submission>()
  const apiToken = `nfp_local_${randomBytes(12).toString('hex')}`
  const api = createServer((req, res) => {
    const match = /^\/api\/v1\/submissions\/([^/?]+)$/.exec(req.url ?? '')
    const reply = (status: number, body: unknown) => res.writeHead(status, {'content-type': 'application/json'}).end(JSON.stringify(body))
    if (req.headers.authorization !== `Bearer ${apiToken}`) return reply(401, {code: 401, message: 'Access Denied'})
    if (req.method !== 'GET' || !match) return reply(404, {code: 404, message: 'Not Found'})
    const submission = submissions.get(decodeURIComponent(match[1]))
    return submission ? reply(200, submission) : reply(404, {code: 404, message: 'Not Found'})
  })
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
  return {
    forms,
    submissions,
    apiUrl: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
    apiToken,
    receive(fields, visitor) {
      const form = forms.get(fields.get('form-name') ?? '')
      if (!form) return {dropped: 'not a form of the site'}
      if (form.honeypot && fields.get(form.honeypot)) return {dropped: 'honeypot filled'}
      const data: Record<string, string> = {}
      for (const [key, value] of fields) if (key !== 'form-name' && key !== form.honeypot) data[key] = value
      const submission: Submission = {
        id: randomBytes(12).toString('hex'),
        form_name: form.name,
        created_at: new Date().toISOString(),
        data: {...data, ip: visitor.ip, user_agent: visitor.userAgent, referrer: visitor.referrer},
      }
      submissions.set(submission.id, submission)
      onSubmission(submissionEvent(submission))
      return {submission}
    },
    close: () => new Promise<void>((resolve) => api.close(() => resolve())),
  }
}
