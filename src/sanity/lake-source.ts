/** Runs the site's queries against a Sanity Content Lake (or a stand-in that speaks its API). */
import {createClient} from '@sanity/client'
import type {ContentSource, QueryParams} from './content-source'
import {ContentSourceError} from './content-errors'
import type {LakeConfig} from './environment'

/** A content source backed by `@sanity/client`, never the CDN: a rebuild must see what was just published. */
export function createLakeSource(config: LakeConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    perspective: config.perspective,
    token: config.token,
    useCdn: false,
    ...(config.apiHost ? {apiHost: config.apiHost, useProjectHostname: false} : {}),
    timeout: config.timeoutMs ?? 60_000,
    maxRetries: config.maxRetries ?? 4,
  })
  const host = config.apiHost ?? `https://${config.projectId}.api.sanity.io`
  const description = `the Sanity Content Lake (host ${host}, project ${config.projectId}, dataset ${config.dataset})`

  return {
    description,
    async fetch(queryName: string, query: string, params: QueryParams = {}) {
      let response: unknown
      try {
        // The whole response, not just `result`: a body that is not a query response (an HTML
        // error page from a proxy, say) would otherwise come back as `undefined`.
        response = await client.fetch(query, params, {filterResponse: false})
      } catch (error) {
        throw new ContentSourceError(`Could not run the query "${queryName}" against ${description}: ${describeFailure(error)}`, {
          cause: error,
        })
      }
      if (!response || typeof response !== 'object' || !('result' in response)) {
        const start = typeof response === 'string' ? ` (it began ${JSON.stringify(response.slice(0, 60))})` : ''
        throw new ContentSourceError(
          `Could not run the query "${queryName}" against ${description}: the answer was not JSON from Sanity's query API${start}. Check that SANITY_API_HOST points at Sanity's API.`,
        )
      }
      return response.result
    },
  }
}

/** Turns what the client threw into the status, the reason and what to do next. */
function describeFailure(error: unknown): string {
  const err = error as {statusCode?: number; message?: string; code?: string; name?: string}
  const status = err.statusCode
  const message = err.message ?? String(error)
  if (status === 401 || status === 403) {
    return `HTTP ${status} (${message}). The dataset is private or the token is wrong: set SANITY_API_READ_TOKEN to a token with read access.`
  }
  if (status !== undefined && status >= 500) {
    return `HTTP ${status} (${message}), still failing after retries. The Content Lake is having trouble: build again later.`
  }
  if (status !== undefined) {
    return `HTTP ${status} (${message}). Check the query in src/sanity/queries.ts and SANITY_API_VERSION.`
  }
  if (err.name === 'TimeoutError' || err.code === 'ETIMEDOUT' || /timed out/i.test(message)) {
    return `no answer in time (${message}). Check the network and SANITY_API_HOST.`
  }
  return `${message}. The host could not be reached: check the network, SANITY_PROJECT_ID and SANITY_API_HOST.`
}
