/**
 * The `SANITY_*` settings, read and checked once, in one place. A value that cannot work (an
 * unknown perspective, an API host that is not a URL) stops the build with a message naming
 * the variable and what to set, rather than failing later somewhere else.
 */
import {SANITY_API_VERSION} from '@onecop/content-model'
import type {ClientPerspective} from '@sanity/client'

/** What the client needs to reach one dataset. */
export interface LakeConfig {
  projectId: string
  dataset: string
  apiVersion: string
  perspective: ClientPerspective
  token?: string
  /** Another API host, such as a local stand-in; unset means Sanity's own. */
  apiHost?: string
  /** Milliseconds before one request gives up. */
  timeoutMs?: number
  /** How often the client retries a refused connection or a 429/502/503. */
  maxRetries?: number
}

/** A setting that cannot work. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError'
}

/** The perspectives a build may read: what is published, or drafts over it (deploy previews). */
const PERSPECTIVES = ['published', 'drafts'] as const

const setting = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || undefined

function refuse(name: string, value: string, expected: string): never {
  throw new EnvironmentError(
    `${name} is ${JSON.stringify(value)}, which cannot work: ${expected}. Fix it in the environment (or .env) and build again.`,
  )
}

/** Reads `SANITY_*` variables; `undefined` when no project is set, so the sample dataset is used. */
export function lakeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LakeConfig | undefined {
  const projectId = setting(env, 'SANITY_PROJECT_ID')
  if (!projectId) return undefined
  if (!/^[a-z0-9][a-z0-9-]*$/.test(projectId))
    refuse('SANITY_PROJECT_ID', projectId, 'a project id is lower-case letters and digits, as sanity.io/manage shows it')

  const dataset = setting(env, 'SANITY_DATASET') ?? 'production'
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset))
    refuse('SANITY_DATASET', dataset, 'a dataset name is lower-case letters, digits, "_" and "-", at most 64')

  const apiVersion = setting(env, 'SANITY_API_VERSION') ?? SANITY_API_VERSION
  if (!/^v?\d{4}-\d{2}-\d{2}$/.test(apiVersion)) refuse('SANITY_API_VERSION', apiVersion, `use a date such as ${SANITY_API_VERSION}`)

  const perspective = setting(env, 'SANITY_PERSPECTIVE') ?? 'published'
  if (!(PERSPECTIVES as readonly string[]).includes(perspective))
    refuse('SANITY_PERSPECTIVE', perspective, `use one of ${PERSPECTIVES.join(', ')}`)

  const apiHost = setting(env, 'SANITY_API_HOST')
  if (apiHost !== undefined && !isHttpOrigin(apiHost))
    refuse('SANITY_API_HOST', apiHost, 'use a full http:// or https:// address such as https://api.sanity.io, or leave it unset')

  return {
    projectId,
    dataset,
    apiVersion,
    perspective: perspective as ClientPerspective,
    token: setting(env, 'SANITY_API_READ_TOKEN'),
    apiHost,
  }
}

/** True for `http(s)://host[:port]`, without a path, query or credentials. */
function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value)
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      url.pathname === '/' &&
      !url.search &&
      !url.username &&
      /^https?:\/\//.test(value)
    )
  } catch {
    return false
  }
}
