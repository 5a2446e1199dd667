/**
 * Keeps deploy previews and branch deploys (which may show drafts) out of search engines:
 * writes a Netlify `_headers` file with `X-Robots-Tag: noindex` for every path. netlify.toml
 * cannot set headers per deploy context; a `_headers` file in the published folder can.
 */
import type {AstroIntegration} from 'astro'
import {writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {isPreviewDeploy} from '../lib/deploy-context'

/** Adds the noindex header to preview builds only. */
export default function previewNoindexIntegration(): AstroIntegration {
  return {
    name: 'onecop-preview-noindex',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        if (!isPreviewDeploy()) return
        await writeFile(new URL('_headers', dir), '/*\n  X-Robots-Tag: noindex\n')
        logger.info(`preview deploy: wrote ${fileURLToPath(new URL('_headers', dir))} with X-Robots-Tag: noindex`)
      },
    },
  }
}
