/**
 * Which built pages send search engines elsewhere: a page whose `<link rel="canonical">` names
 * another address (a Spanish page whose document has no translation yet names the English one).
 * Read from the built HTML when the build is done, before the sitemap is written (this
 * integration comes first in the config), so that the sitemap lists canonical pages only and
 * names no other page as a language alternate (`isCanonical`).
 */
import type {AstroIntegration} from 'astro'
import {open} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The head is at the start of a page: enough of it to find the canonical link. */
const HEAD_BYTES = 16_384

/** The canonical address a page's HTML names, if it names one. */
export function canonicalOf(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
}

async function headOf(file: string): Promise<string> {
  const handle = await open(file)
  try {
    const {buffer, bytesRead} = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0)
    return buffer.toString('utf8', 0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** The integration, and the question the sitemap's options ask of it. */
export function canonicalPages(): {integration: AstroIntegration; isCanonical(url: string): boolean} {
  const elsewhere = new Set<string>()
  let site: URL | undefined
  const integration: AstroIntegration = {
    name: 'onecop-canonical-pages',
    hooks: {
      'astro:config:done': ({config}) => {
        site = config.site ? new URL(config.site) : undefined
      },
      'astro:build:done': async ({dir, pages, logger}) => {
        elsewhere.clear()
        if (!site) return
        for (const {pathname} of pages) {
          const file = join(fileURLToPath(dir), pathname, 'index.html')
          const html = await headOf(file).catch(() => '')
          const address = new URL(`/${pathname}`, site).href
          const canonical = canonicalOf(html)
          if (canonical && canonical !== address) elsewhere.add(address)
        }
        logger.info(`${elsewhere.size} pages name another page as canonical: left out of the sitemap`)
      },
    },
  }
  return {integration, isCanonical: (url) => !elsewhere.has(url)}
}
