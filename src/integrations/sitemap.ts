/**
 * The sitemap (`/sitemap-index.xml`, `/sitemap-0.xml`, ...), written when the build is done from
 * the built pages themselves: every page search engines should list, each with its other
 * language as an `xhtml:link` alternate. Left out: the 404 and thank-you pages (they carry
 * `noindex`) and any page whose `<link rel="canonical">` names another address (a Spanish page
 * whose document has no translation yet names the English one), which is never named as an
 * alternate either.
 *
 * Our own rather than `@astrojs/sitemap`, whose alternates search the whole list of pages for each
 * page and whose sort builds a collator per comparison: 45 s of a national build (10,000
 * resources and 10,000 pairings, about 48,000 pages) against well under a second here.
 */
import type {AstroIntegration} from 'astro'
import {open, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {LOCALES, localeOfPath, unlocalizedPath} from '../i18n/locales'

/** The head is at the start of a page: enough of it to find the canonical link. */
const HEAD_BYTES = 16_384

/** Pages whose head is read at once. */
const HEADS_AT_ONCE = 64

/** Addresses per sitemap file: the protocol allows 50,000. */
const URLS_PER_FILE = 45_000

/** Pages search engines should not list (they carry `noindex` too). */
const UNLISTED = /\/(404|get-involved\/thank-you)\/$/

/** The canonical address a page's HTML names, if it names one. */
export function canonicalOf(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
}

/** Whether a page whose HTML is `html`, at `address`, is canonical there: it names no other address. */
export function isCanonicalAt(html: string, address: string): boolean {
  const canonical = canonicalOf(html)
  return canonical === undefined || canonical === address
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

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The `<url>` entries of the sitemap for `paths` (pathnames of canonical, listed pages, each with a
 * trailing slash) on `site`: in path order, each with its editions among `paths` as alternates
 * when it has more than one.
 */
export function sitemapEntries(paths: string[], site: URL): string[] {
  const editions = new Map<string, string[]>()
  for (const path of paths) {
    const bare = unlocalizedPath(path)
    editions.set(bare, [...(editions.get(bare) ?? []), path])
  }
  const address = (path: string) => escapeXml(new URL(path, site).href)
  const localeOrder = (path: string) => LOCALES.indexOf(localeOfPath(path))
  return [...paths]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => {
      const others = editions.get(unlocalizedPath(path))!
      const links =
        others.length > 1
          ? [...others]
              .sort((a, b) => localeOrder(a) - localeOrder(b))
              .map((other) => `<xhtml:link rel="alternate" hreflang="${localeOfPath(other)}" href="${address(other)}"/>`)
              .join('')
          : ''
      return `<url><loc>${address(path)}</loc>${links}</url>`
    })
}

export default function sitemapIntegration(): AstroIntegration {
  let site: URL | undefined
  return {
    name: 'onecop-sitemap',
    hooks: {
      'astro:config:done': ({config}) => {
        site = config.site ? new URL(config.site) : undefined
      },
      'astro:build:done': async ({dir, pages, logger}) => {
        if (!site) throw new Error('The sitemap needs the site address: set `site` in astro.config.mjs (SITE_URL).')
        const outDir = fileURLToPath(dir)
        const candidates = pages.map(({pathname}) => `/${pathname}`).filter((path) => path.endsWith('/') && !UNLISTED.test(path))
        // Heads read many at a time: one after another, tens of thousands of pages wait on the disk.
        // Only a yes or no is kept of each: a canonical address cut from a head would keep the
        // whole head in memory (V8 shares a substring's characters with its string), about a
        // gigabyte at 48,000 pages, still held while Pagefind indexes.
        const canonicalHere: boolean[] = []
        for (let start = 0; start < candidates.length; start += HEADS_AT_ONCE) {
          const batch = candidates.slice(start, start + HEADS_AT_ONCE)
          canonicalHere.push(
            ...(await Promise.all(
              batch.map((path) =>
                headOf(join(outDir, path, 'index.html')).then(
                  (head) => isCanonicalAt(head, new URL(path, site!).href),
                  () => true,
                ),
              ),
            )),
          )
        }
        const listed = candidates.filter((_, index) => canonicalHere[index])
        const elsewhere = candidates.length - listed.length
        const entries = sitemapEntries(listed, site)
        const files: string[] = []
        for (let start = 0; start < entries.length || files.length === 0; start += URLS_PER_FILE) {
          const name = `sitemap-${files.length}.xml`
          await writeFile(
            join(outDir, name),
            `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.slice(start, start + URLS_PER_FILE).join('')}</urlset>`,
          )
          files.push(name)
        }
        await writeFile(
          join(outDir, 'sitemap-index.xml'),
          `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files
            .map((name) => `<sitemap><loc>${escapeXml(new URL(`/${name}`, site).href)}</loc></sitemap>`)
            .join('')}</sitemapindex>`,
        )
        logger.info(`${listed.length} pages in ${files.length} sitemap file(s); ${elsewhere} canonical elsewhere, left out`)
      },
    },
  }
}
