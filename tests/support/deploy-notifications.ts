/**
 * Netlify deploy notifications as Netlify sends them: the deploy object as JSON, signed with a
 * JWS secret (`X-Webhook-Signature`: an HS256 JWT of `{iss: "netlify", sha256: <hex of body>}`).
 * Signed by hand with node:crypto, independently of the code under test.
 */
import {createHash, createHmac} from 'node:crypto'

export const DEPLOY_SECRET = 'jws-test-8c1e5d'
/** A value of Netlify's payload that must never be passed on: the deploy log's access token. */
export const LOG_ACCESS_TOKEN = 'log-token-do-not-leak-41f2'
export const SITE_ID = 'site-id-do-not-leak-9a7b'

export interface DeployFields {
  id: string
  state: string
  created_at: string
  updated_at: string
  context?: string
  published_at?: string | null
  error_message?: string | null
  title?: string | null
  commit_ref?: string | null
}

/** A deploy object with the fields Netlify sends, secrets included, as a real one has them. */
export function deployBody(fields: DeployFields): string {
  return JSON.stringify({
    site_id: SITE_ID,
    build_id: `b${fields.id.slice(1)}`,
    name: 'onecop',
    branch: 'main',
    context: 'production',
    published_at: null,
    error_message: null,
    commit_ref: null,
    title: null,
    deploy_time: 42,
    admin_url: 'https://app.netlify.com/sites/onecop',
    log_access_attributes: {type: 'firebase', url: 'https://example.invalid/log', token: LOG_ACCESS_TOKEN},
    ...fields,
  })
}

/** The JWT Netlify puts in `X-Webhook-Signature`; overrides forge one part or another. */
export function signDeploy(
  body: string,
  {secret = DEPLOY_SECRET, alg = 'HS256', iss = 'netlify', sha256}: {secret?: string; alg?: string; iss?: string; sha256?: string} = {},
): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = part({alg, typ: 'JWT'})
  const payload = part({iss, sha256: sha256 ?? createHash('sha256').update(body).digest('hex')})
  const mac = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')
  return `${header}.${payload}.${mac}`
}

/** A POST to /api/deploy-status; `signature: null` sends none. */
export function deployNotification(body: string, {signature, method = 'POST'}: {signature?: string | null; method?: string} = {}): Request {
  const headers = new Headers({'content-type': 'application/json'})
  const header = signature === undefined ? signDeploy(body) : signature
  if (header !== null) headers.set('x-webhook-signature', header)
  return new Request('https://onecop.example.org/api/deploy-status', {method, headers, body: method === 'GET' ? undefined : body})
}
