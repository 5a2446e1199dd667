/**
 * How code reaches Netlify Blobs. On Netlify, functions and build plugins find their access in
 * the environment (`NETLIFY_BLOBS_CONTEXT`, set by Netlify), so production passes nothing.
 * Tests pass the address and token of a local `@netlify/blobs/server` instead.
 */

/** Explicit access to a Blobs server: the edge form (functions) or the API form (builds). */
export interface BlobsAccess {
  siteID: string
  token: string
  /** The edge endpoint, as functions use; reads and conditional writes need `uncachedEdgeURL` too. */
  edgeURL?: string
  uncachedEdgeURL?: string
  /** The API endpoint, as builds and build plugins use. */
  apiURL?: string
  /** Deploy stores reached through the edge need a region; Netlify's environment names it. */
  region?: 'us-east-1' | 'us-east-2' | 'eu-central-1' | 'ap-southeast-1' | 'ap-southeast-2'
}

/** The Blobs context Netlify puts in the environment, decoded; null when there is none. */
export function blobsContextFromEnv(env: Record<string, string | undefined>): BlobsAccess | null {
  const encoded = env.NETLIFY_BLOBS_CONTEXT
  if (!encoded) return null
  try {
    const context = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Record<string, unknown>
    if (typeof context.siteID !== 'string' || typeof context.token !== 'string') return null
    const text = (key: string) => (typeof context[key] === 'string' ? (context[key] as string) : undefined)
    return {
      siteID: context.siteID,
      token: context.token,
      edgeURL: text('edgeURL'),
      uncachedEdgeURL: text('uncachedEdgeURL'),
      apiURL: text('apiURL'),
      region: text('primaryRegion') as BlobsAccess['region'],
    }
  } catch {
    return null
  }
}

/**
 * A fetch for the Blobs client that gives up at the deadline. The client retries a fetch that
 * throws, pausing 5 s each time, five times: half a minute in which a failed build would hang,
 * or a webhook would time out and be sent again. An answer below 500 it does not retry, so a
 * failure to fetch is turned into one.
 */
export function fetchBefore(deadline: AbortSignal): typeof fetch {
  return async (input, init) => {
    try {
      return await fetch(input, {...init, signal: deadline})
    } catch (error) {
      return new Response(`fetch failed: ${(error as Error).message}`, {status: 408})
    }
  }
}
