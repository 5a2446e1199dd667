/** Netlify's API for form submissions: what the site's functions ask it. */

/** Netlify's API; a local stand-in in the tests. */
export const NETLIFY_API_URL = 'https://api.netlify.com'

/**
 * Reads one submission by id (`GET /api/v1/submissions/:id`): Netlify's copy, or undefined when it
 * holds none by that id. Netlify's API description lists the answer as an array of one; a single
 * object is read the same way. Throws when Netlify cannot be asked or answers otherwise.
 */
export async function fetchSubmission(submissionId: string, token: string, apiUrl = NETLIFY_API_URL, timeoutMs = 10_000): Promise<unknown> {
  const response = await fetch(new URL(`/api/v1/submissions/${encodeURIComponent(submissionId)}`, apiUrl), {
    headers: {authorization: `Bearer ${token}`, accept: 'application/json'},
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`Netlify's API answered HTTP ${response.status}`)
  const body: unknown = await response.json()
  return Array.isArray(body) ? body[0] : body
}
