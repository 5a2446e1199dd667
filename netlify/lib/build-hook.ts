/** Starts a Netlify build through a build hook. */

/** The build hook's answer: whether it accepted, and why not. */
export type BuildHookOutcome = {ok: true} | {ok: false; reason: string}

/** POSTs to the build hook with a title Netlify shows in the deploy log; never throws. */
export async function triggerBuild(hookUrl: string, title: string, timeoutMs = 10_000): Promise<BuildHookOutcome> {
  const url = new URL(hookUrl)
  url.searchParams.set('trigger_title', title)
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: {'content-type': 'application/json'},
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (response.ok) return {ok: true}
    return {ok: false, reason: `the build hook answered HTTP ${response.status}`}
  } catch (error) {
    const name = (error as Error).name
    return {
      ok: false,
      reason:
        name === 'TimeoutError'
          ? `the build hook did not answer within ${timeoutMs} ms`
          : `the build hook could not be reached (${(error as Error).message})`,
    }
  }
}
