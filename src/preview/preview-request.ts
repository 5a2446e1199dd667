/**
 * A preview request, from the Studio's Presentation tool or a link it made: checks that the
 * visitor holds a live preview secret (`@sanity/preview-url-secret`: the Studio writes a secret
 * that lives an hour; only someone who opened Presentation has it), loads every collection with
 * the drafts perspective, validated as a build validates, and renders the page with them.
 * The read token and the drafts never leave the server; responses are private and unindexed.
 */
import {createClient} from '@sanity/client'
import {urlSearchParamPreviewSecret, validatePreviewUrl} from '@sanity/preview-url-secret'
import type {APIContext, MiddlewareNext} from 'astro'
import {PREVIEW_PREFIX, previewContent, type CollectionsData} from '../lib/preview-content'
import {collectionSpecs} from '../sanity/collection-specs'
import {ContentValidationError} from '../sanity/content-errors'
import {lakeConfigFromEnv, type LakeConfig} from '../sanity/environment'
import {createLakeSource} from '../sanity/lake-source'
import {loadAllCollections} from '../sanity/load-documents'
import {keepLinksInPreview} from './preview-links'

/** The cookie that carries the preview secret between pages of one preview. */
const PREVIEW_COOKIE = 'onecop-preview'

/** True for the addresses previews answer. */
export const isPreviewPath = (pathname: string) => pathname === PREVIEW_PREFIX || pathname.startsWith(`${PREVIEW_PREFIX}/`)

/** Headers every preview response carries: private, never cached, never indexed, framed only by the Studio. */
function previewHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const studio = studioOrigin(env)
  return {
    'Cache-Control': 'private, no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // The site's own policy, but the Studio (and only it) may show the page in its Presentation frame.
    'Content-Security-Policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https://cdn.sanity.io; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ${studio ?? "'none'"}`,
  }
}

/** The Studio's origin from `SANITY_STUDIO_URL`, or undefined when it is unset or not a URL. */
function studioOrigin(env: NodeJS.ProcessEnv): string | undefined {
  try {
    return env.SANITY_STUDIO_URL ? new URL(env.SANITY_STUDIO_URL).origin : undefined
  } catch {
    return undefined
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A short private page that says what happened and what to do. */
function explain(status: number, title: string, lines: string[], env: NodeJS.ProcessEnv): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</main></body></html>`
  return new Response(body, {status, headers: {...previewHeaders(env), 'Content-Type': 'text/html; charset=utf-8'}})
}

/** Whether `secret` is a live preview secret in the dataset. */
async function isLiveSecret(lake: LakeConfig, secret: string, url: URL): Promise<{isValid: boolean; redirectTo?: string}> {
  const client = createClient({
    projectId: lake.projectId,
    dataset: lake.dataset,
    apiVersion: lake.apiVersion,
    token: lake.token,
    useCdn: false,
    ...(lake.apiHost ? {apiHost: lake.apiHost, useProjectHostname: false} : {}),
  })
  const checked = new URL(url)
  checked.searchParams.set(urlSearchParamPreviewSecret, secret)
  return validatePreviewUrl(client, checked.href)
}

/** Handles a request under `/preview/`; `next` renders the page. */
export async function handlePreviewRequest(
  context: APIContext,
  next: MiddlewareNext,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Response> {
  const lake = lakeConfigFromEnv(env)
  if (!lake?.token) {
    return explain(
      404,
      'Previews are not set up',
      ['Previews need a Sanity project and a read token: set SANITY_PROJECT_ID and SANITY_API_READ_TOKEN.'],
      env,
    )
  }

  // The Presentation tool's hand-off: a fresh secret in the address becomes a cookie, and the
  // secret leaves the address bar before anything renders.
  const handedOver = context.url.searchParams.get(urlSearchParamPreviewSecret)
  if (handedOver) {
    const {isValid, redirectTo} = await isLiveSecret(lake, handedOver, context.url)
    if (!isValid)
      return explain(401, 'This preview link has expired', ['Open the page again from the Presentation tool in Sanity Studio.'], env)
    // Partitioned (CHIPS): the preview is shown in the Studio's Presentation frame, a third-party
    // context where browsers that block third-party cookies drop any other kind; a partitioned one
    // is kept for pages framed by that Studio only.
    context.cookies.set(PREVIEW_COOKIE, handedOver, {
      httpOnly: true,
      secure: true,
      sameSite: 'none',
      partitioned: true,
      path: `${PREVIEW_PREFIX}/`,
      maxAge: 60 * 60,
    })
    // Only to a preview on this site: never another host, whatever the address says.
    const target = redirectTo ? new URL(redirectTo, context.url) : undefined
    const location =
      target && target.origin === context.url.origin && isPreviewPath(target.pathname)
        ? `${target.pathname}${target.search}`
        : `${PREVIEW_PREFIX}/`
    return new Response(null, {status: 303, headers: {...previewHeaders(env), Location: location}})
  }

  const secret = context.cookies.get(PREVIEW_COOKIE)?.value
  if (!secret || !(await isLiveSecret(lake, secret, context.url)).isValid) {
    return explain(
      401,
      'This preview is not open to you',
      ['Previews open from the Presentation tool in Sanity Studio, for editors who are signed in.'],
      env,
    )
  }

  let content: CollectionsData
  try {
    content = (await loadAllCollections(createLakeSource({...lake, perspective: 'drafts'}), collectionSpecs)) as CollectionsData
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error
    // The same problems a build would stop on: say them here, before anyone publishes.
    return explain(422, 'These drafts cannot be published as they are', error.message.split('\n'), env)
  }

  const rendered = await previewContent.run(content, next)
  const headers = new Headers(rendered.headers)
  for (const [name, value] of Object.entries(previewHeaders(env))) headers.set(name, value)
  if (!(rendered.headers.get('content-type') ?? '').includes('text/html'))
    return new Response(rendered.body, {status: rendered.status, headers})
  return new Response(keepLinksInPreview(await rendered.text()), {status: rendered.status, headers})
}
