/** The longest `<title>` search engines show in full. */
const MAX_TITLE = 70

/** "Page | OneCOP" (the site's short name), or the page's own title alone (shortened at a word if need be) when that is too long. */
export function pageTitle(title: string, siteName: string): string {
  const withSite = `${title} | ${siteName}`
  if (withSite.length <= MAX_TITLE) return withSite
  if (title.length <= MAX_TITLE) return title
  const cut = title.slice(0, MAX_TITLE - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,:;–-]+$/, '')}…`
}
