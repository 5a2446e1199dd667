/**
 * Keeps an editor inside the preview: links to the site's own pages point at their previews.
 * Files (calendars, feeds, PDFs), built assets and the search index stay where they are.
 */
import {PREVIEW_PREFIX} from '../lib/preview-content'

const KEEP = /^\/(?:_astro|pagefind|sample-assets|preview)\//

/** `href="/about/"` → `href="/preview/about/"`, for page links only. */
export function keepLinksInPreview(html: string): string {
  return html.replace(/(\shref=")(\/[^"]*)"/g, (match, attribute: string, path: string) => {
    const pathname = path.split(/[?#]/)[0]
    if (path.startsWith('//') || KEEP.test(pathname) || /\.[a-z0-9]+$/i.test(pathname)) return match
    return `${attribute}${PREVIEW_PREFIX}${path}"`
  })
}
