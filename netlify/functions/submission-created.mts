/**
 * Netlify's form-submission event (the file name subscribes it): each submission of the site's
 * forms becomes one private inquiry in the Content Lake (`netlify/lib/inquiry-intake.ts`).
 * Secrets for the Functions scope only: SANITY_API_WRITE_TOKEN and NETLIFY_API_TOKEN.
 */
import {createClient} from '@sanity/client'
import {SANITY_API_VERSION} from '@onecop/content-model'
import {handleSubmissionCreated} from '../lib/inquiry-intake.ts'
import {fetchSubmission, NETLIFY_API_URL} from '../lib/netlify-submissions.ts'
import {lakeConfigFromEnv} from '../../src/sanity/environment.ts'

export default async (req: Request) => {
  const env = process.env
  let lake: ReturnType<typeof lakeConfigFromEnv>
  try {
    lake = lakeConfigFromEnv(env)
  } catch (error) {
    console.log(`submission-created: ${(error as Error).message}`)
  }
  const writeToken = env.SANITY_API_WRITE_TOKEN?.trim()
  const netlifyToken = env.NETLIFY_API_TOKEN?.trim()
  const client =
    lake && writeToken
      ? createClient({
          projectId: lake.projectId,
          dataset: lake.dataset,
          apiVersion: SANITY_API_VERSION,
          token: writeToken,
          useCdn: false,
          ...(lake.apiHost ? {apiHost: lake.apiHost, useProjectHostname: false} : {}),
        })
      : undefined
  return handleSubmissionCreated(req, {
    storeInquiry: client && (async (inquiry) => void (await client.createIfNotExists(inquiry))),
    confirmSubmission: netlifyToken ? (id) => fetchSubmission(id, netlifyToken, env.NETLIFY_API_URL?.trim() || NETLIFY_API_URL) : undefined,
  })
}
