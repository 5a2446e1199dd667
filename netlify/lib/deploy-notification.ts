/**
 * Netlify's deploy notifications (outgoing webhooks): checking their signature and reading the
 * deploy they describe. Plain `node:crypto`, no JWT library: the scheme is small and fixed.
 *
 * With a "JWS secret token" set on the notification, Netlify sends `X-Webhook-Signature`: a JWT
 * (HS256, keyed with that secret) whose payload is `{"iss": "netlify", "sha256": <hex SHA-256 of
 * the raw body>}`. The JWT proves who sent it; the hash ties it to this very body.
 */
import {createHash, createHmac, timingSafeEqual} from 'node:crypto'
import type {DeployState} from './publish-status-types.ts'

export const SIGNATURE_HEADER = 'x-webhook-signature'

/** Why a signature was refused, for the log; the sender only ever hears "Invalid signature". */
export type SignatureCheck = {ok: true} | {ok: false; reason: string}

/** Checks Netlify's JWS over the raw body. Never throws. */
export function verifyDeploySignature(body: string, token: string, secret: string, nowMs = Date.now()): SignatureCheck {
  const parts = token.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return {ok: false, reason: 'not a JWT'}
  const [encodedHeader, encodedPayload, encodedMac] = parts as [string, string, string]
  const header = decodeJson(encodedHeader)
  // Only HS256: accepting the token's own choice of algorithm ("none", RS256 with the secret as a
  // public key) is the classic JWT forgery.
  if (!header || header.alg !== 'HS256') return {ok: false, reason: 'not signed with HS256'}
  const expected = createHmac('sha256', secret).update(`${encodedHeader}.${encodedPayload}`).digest()
  const given = Buffer.from(encodedMac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return {ok: false, reason: 'the HMAC does not match the secret'}
  const payload = decodeJson(encodedPayload)
  if (!payload || payload.iss !== 'netlify') return {ok: false, reason: 'not issued by netlify'}
  // Netlify does not set `exp` today; honour it if it ever does.
  if (typeof payload.exp === 'number' && payload.exp * 1000 < nowMs) return {ok: false, reason: 'expired'}
  const bodyHash = createHash('sha256').update(body, 'utf8').digest('hex')
  if (typeof payload.sha256 !== 'string' || payload.sha256.toLowerCase() !== bodyHash)
    return {ok: false, reason: 'the body does not match its signed hash'}
  return {ok: true}
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The fields of Netlify's deploy object this site reads; the rest (log tokens included) is dropped here. */
export interface DeployNotification {
  id: string
  state: DeployState
  context: string
  createdAt: string
  updatedAt: string
  publishedAt: string | null
  errorMessage: string | null
  commitRef: string | null
  title: string | null
}

/** The states of the three notifications the site is wired to: Deploy started, succeeded and failed. */
const KNOWN_STATES: readonly DeployState[] = ['building', 'ready', 'error']

/** Reads a deploy object, or says which field is wrong. */
export function parseDeployNotification(value: unknown): {ok: true; deploy: DeployNotification} | {ok: false; reason: string} {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {ok: false, reason: 'The body is not a deploy object.'}
  const deploy = value as Record<string, unknown>
  // Netlify's deploy ids are 24 hex digits; Blobs accepts up to 24 word characters as a deploy id.
  if (typeof deploy.id !== 'string' || !/^\w{1,24}$/.test(deploy.id)) return {ok: false, reason: 'The deploy has no valid id.'}
  if (typeof deploy.state !== 'string') return {ok: false, reason: 'The deploy has no state.'}
  if (!KNOWN_STATES.includes(deploy.state as DeployState)) {
    return {
      ok: false,
      reason: `Unknown deploy state "${deploy.state.slice(0, 40)}": only wire the Deploy started, Deploy succeeded and Deploy failed notifications here.`,
    }
  }
  if (typeof deploy.context !== 'string') return {ok: false, reason: 'The deploy has no context.'}
  const createdAt = isoTime(deploy.created_at)
  const updatedAt = isoTime(deploy.updated_at)
  if (!createdAt || !updatedAt) return {ok: false, reason: 'The deploy has no valid created_at or updated_at.'}
  return {
    ok: true,
    deploy: {
      id: deploy.id,
      state: deploy.state as DeployState,
      context: deploy.context,
      createdAt,
      updatedAt,
      publishedAt: isoTime(deploy.published_at),
      errorMessage: optionalText(deploy.error_message),
      commitRef: optionalText(deploy.commit_ref),
      title: optionalText(deploy.title),
    },
  }
}

/** A time as a normalized ISO string, so times from Netlify compare as text and as dates alike. */
function isoTime(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, 2000) : null
}
