/**
 * Astro middleware. It runs only for pages rendered on request: the previews under `/preview/`
 * (`src/preview/preview-request.ts`). Every public page is prerendered and passes straight through.
 */
import {defineMiddleware} from 'astro:middleware'
import {handlePreviewRequest, isPreviewPath} from './preview/preview-request'

export const onRequest = defineMiddleware((context, next) =>
  context.isPrerendered || !isPreviewPath(context.url.pathname) ? next() : handlePreviewRequest(context, next),
)
