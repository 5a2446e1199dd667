/**
 * Netlify's form-submission event (`submission-created`), turned into one private inquiry in the
 * Content Lake for editors (`inquiryFromSubmission` in the content model says what is kept).
 *
 * The event's body is never trusted. The function asks Netlify's API for the submission by the id
 * the event names (`GET /api/v1/submissions/:id`, with `NETLIFY_API_TOKEN`) and makes the inquiry
 * from Netlify's answer. A request that did not come from Netlify's form handling names a
 * submission Netlify does not hold (refused), or one it holds, and then only what the visitor
 * really sent is stored. Netlify also signs the events it sends to event functions and refuses
 * outside calls to them, but that check happens on Netlify's side, where no test here can reach;
 * this one is the function's own.
 *
 * Every answer is final for Netlify (a refusal is logged, not retried); the visitor never sees it:
 * Netlify has already shown them the thank-you page. Log lines name submissions and fields, never
 * what a visitor wrote.
 */
import {inquiryFromSubmission, type InquiryDocument} from '@onecop/content-model'

/** What the handler needs from its surroundings. */
export interface IntakeDependencies {
  /** Netlify's copy of a submission, or undefined when Netlify holds none by that id. Unset without `NETLIFY_API_TOKEN`. */
  confirmSubmission?: (submissionId: string) => Promise<unknown>
  /** Writes the inquiry unless a document with its id exists. Unset without a project and `SANITY_API_WRITE_TOKEN`. */
  storeInquiry?: (inquiry: InquiryDocument) => Promise<void>
  log?: (message: string) => void
}

/** The largest event accepted: a 100,000-character message fits, many times over. */
const MAX_EVENT_BYTES = 1024 * 1024

/** What a Content Lake failure leaves an editor to do. */
const IMPORT_ADVICE = 'the submission is still in Netlify Forms: export the form as CSV and run `npm run inquiries:import -- <file>`'

const answer = (status: number, message: string) => Response.json({message}, {status})

/** Handles one `submission-created` event; never throws. */
export async function handleSubmissionCreated(req: Request, deps: IntakeDependencies): Promise<Response> {
  const log = (message: string) => (deps.log ?? console.log)(`submission-created: ${message}`)
  if (req.method !== 'POST') return answer(405, 'Use POST.')
  let body: string
  try {
    body = await req.text()
  } catch {
    log('refused: the body could not be read')
    return answer(400, 'Unreadable body.')
  }
  if (new TextEncoder().encode(body).length > MAX_EVENT_BYTES) {
    log(`refused: an event over ${MAX_EVENT_BYTES} bytes`)
    return answer(413, 'The body is too large.')
  }
  let event: unknown
  try {
    event = JSON.parse(body)
  } catch {
    log('refused: the body is not JSON, so it is not an event from Netlify')
    return answer(400, 'Not an event.')
  }
  const submissionId = (event as {payload?: {id?: unknown}} | null)?.payload?.id
  if (typeof submissionId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(submissionId)) {
    log('refused: the body is not a form-submission event (no payload.id)')
    return answer(400, 'Not a form-submission event.')
  }

  if (!deps.storeInquiry) {
    log(
      `SANITY_PROJECT_ID or SANITY_API_WRITE_TOKEN is not set, so submission ${submissionId} stays in Netlify Forms only (no inquiry in the Studio)`,
    )
    return answer(200, 'Kept in Netlify Forms.')
  }
  if (!deps.confirmSubmission) {
    log(`NETLIFY_API_TOKEN is not set, so submission ${submissionId} cannot be confirmed with Netlify and no inquiry was made`)
    return answer(200, 'Kept in Netlify Forms.')
  }

  let confirmed: unknown
  try {
    confirmed = await deps.confirmSubmission(submissionId)
  } catch (error) {
    log(`could not confirm submission ${submissionId} with Netlify (${(error as Error).message}); ${IMPORT_ADVICE}`)
    return answer(502, 'Netlify could not be asked.')
  }
  if (confirmed === undefined || (confirmed as {id?: unknown}).id !== submissionId) {
    log(`refused: Netlify holds no submission ${submissionId}, so the event did not come from Netlify's form handling`)
    return answer(403, 'No such submission.')
  }

  const outcome = inquiryFromSubmission(confirmed)
  if ('refused' in outcome) {
    log(`refused: ${outcome.refused}`)
    return answer(200, 'Refused.')
  }
  for (const note of outcome.notes) log(note)
  try {
    await deps.storeInquiry(outcome.inquiry)
  } catch (error) {
    log(`could not store ${outcome.inquiry._id} in the Content Lake (${(error as Error).message}); ${IMPORT_ADVICE}`)
    return answer(502, 'The Content Lake could not be written.')
  }
  log(`${outcome.inquiry._id} stored (${outcome.inquiry.kind}); a second delivery of it changes nothing`)
  return answer(200, 'Stored.')
}
