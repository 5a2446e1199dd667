/** Rebuilds the site once a day, so "upcoming" and "past" events roll over without an edit. */
import type {Config} from '@netlify/functions'
import {triggerBuild} from '../lib/build-hook.ts'

export default async () => {
  const hookUrl = process.env.NETLIFY_BUILD_HOOK_URL
  if (!hookUrl) {
    console.log('scheduled-rebuild: NETLIFY_BUILD_HOOK_URL is not set; set it in the Netlify environment.')
    return new Response('Not configured', {status: 500})
  }
  const outcome = await triggerBuild(hookUrl, 'Daily rebuild: events roll over')
  if (!outcome.ok) console.log(`scheduled-rebuild: ${outcome.reason}`)
  return new Response(outcome.ok ? 'Build started' : 'Build hook failed', {status: outcome.ok ? 202 : 502})
}

// 05:00 UTC: after midnight in every US time zone, so yesterday's events are in the past.
export const config: Config = {schedule: '0 5 * * *'}
