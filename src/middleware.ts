/**
 * Astro middleware. Pages of the Spanish edition (prerendered or previewed) get their links in
 * Spanish (`src/i18n/localize-links.ts`); previews under `/preview/` are rendered on request
 * (`src/preview/preview-request.ts`).
 */
import {defineMiddleware} from 'astro:middleware'
import {linksInLocale} from './i18n/localize-links'
import {pageLocale} from './i18n/page-locale'
import {DEFAULT_LOCALE} from './i18n/locales'
import {handlePreviewRequest, isPreviewPath} from './preview/preview-request'

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = pageLocale(context.url)
  const render =
    locale === DEFAULT_LOCALE
      ? next
      : async () => {
          const response = await next()
          if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response
          return new Response(linksInLocale(await response.text(), locale), {status: response.status, headers: response.headers})
        }
  return context.isPrerendered || !isPreviewPath(context.url.pathname) ? render() : handlePreviewRequest(context, render)
})
