/**
 * Adds the previews' route, `/preview/<any address>` (`src/preview/PreviewPage.astro`), rendered on
 * request. Only when the site reads a Content Lake: drafts live there, and a sample build would
 * otherwise carry a server function that can never show anything.
 *
 * After the build it narrows the Netlify Function that renders it (`@astrojs/netlify` writes it to
 * answer `/*`, every address without a file) to the previews' addresses. Every other address is
 * then Netlify's to answer from `dist/`, with the 404 page of its edition (netlify.toml's 404
 * rules); the function would answer them all with the English 404 page. The adapter has no
 * option for its route, so the one line is rewritten, and the build fails if it is not found.
 */
import type {AstroIntegration} from 'astro'
import {existsSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {PREVIEW_PREFIX} from '../lib/preview-content'

/** Where `@astrojs/netlify` writes its function (Netlify's frameworks API), relative to the root. */
const SSR_FUNCTION_ENTRY = '.netlify/v1/functions/ssr/ssr.mjs'

/** The route line the adapter writes into the function's inline `config`. */
const ADAPTER_ROUTE = "path: '/*',"

/** The addresses the function answers: the previews, and nothing else. */
export const PREVIEW_FUNCTION_PATHS = [PREVIEW_PREFIX, `${PREVIEW_PREFIX}/*`]

/** The adapter's function source with its route narrowed to the previews; throws if the adapter changed its output. */
export function narrowFunctionRoute(source: string): string {
  const found = source.split(ADAPTER_ROUTE).length - 1
  if (found !== 1) {
    throw new Error(
      `preview-route: expected the Netlify adapter's function to declare \`${ADAPTER_ROUTE}\` once, found it ${found} times. ` +
        `The adapter's output changed: update narrowFunctionRoute in src/integrations/preview-route.ts so the function answers only ${PREVIEW_PREFIX}/*.`,
    )
  }
  return source.replace(ADAPTER_ROUTE, `path: ${JSON.stringify(PREVIEW_FUNCTION_PATHS)},`)
}

export default function previewRouteIntegration(): AstroIntegration {
  let root: URL
  return {
    name: 'onecop-preview-route',
    hooks: {
      'astro:config:setup': ({injectRoute}) => {
        injectRoute({pattern: '/preview/[...path]', entrypoint: new URL('../preview/PreviewPage.astro', import.meta.url), prerender: false})
      },
      'astro:config:done': ({config}) => {
        root = config.root
      },
      // Runs after the adapter's own `astro:build:done` (Astro runs the adapter's hooks first).
      'astro:build:done': async ({logger}) => {
        const entry = fileURLToPath(new URL(SSR_FUNCTION_ENTRY, root))
        if (!existsSync(entry))
          throw new Error(`preview-route: the Netlify adapter wrote no function at ${entry}, so previews cannot work.`)
        await writeFile(entry, narrowFunctionRoute(await readFile(entry, 'utf8')))
        logger.info(`The previews' function answers ${PREVIEW_FUNCTION_PATHS.join(' and ')} only`)
      },
    },
  }
}
