/**
 * Adds the previews' route, `/preview/<any address>` (`src/preview/PreviewPage.astro`), rendered on
 * request. Only when the site reads a Content Lake: drafts live there, and a sample build would
 * otherwise carry a server function that can never show anything.
 */
import type {AstroIntegration} from 'astro'

export default function previewRouteIntegration(): AstroIntegration {
  return {
    name: 'onecop-preview-route',
    hooks: {
      'astro:config:setup': ({injectRoute}) => {
        injectRoute({pattern: '/preview/[...path]', entrypoint: new URL('../preview/PreviewPage.astro', import.meta.url), prerender: false})
      },
    },
  }
}
