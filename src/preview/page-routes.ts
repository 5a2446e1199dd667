/**
 * Finds the page component that shows a public address, and the props its `getStaticPaths`
 * gives it, so a preview renders the very page a build would, with the drafts it loaded.
 */
const pageModules = import.meta.glob<PageModule>('../pages/**/*.astro')

interface StaticPath {
  params: Record<string, string | number | undefined>
  props?: Record<string, unknown>
}

interface PageModule {
  default: unknown
  getStaticPaths?: () => Promise<StaticPath[]> | StaticPath[]
}

/** A page component and its props. */
export interface FoundPage {
  Component: unknown
  props: Record<string, unknown>
}

/** `../pages/resources/[slug].astro` → `['resources', '[slug]']`; `../pages/index.astro` → `[]`. */
function routeSegments(file: string): string[] {
  const route = file
    .replace(/^\.\.\/pages\//, '')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '')
  return route ? route.split('/') : []
}

const isParam = (segment: string) => segment.startsWith('[') && segment.endsWith(']')

/** Routes by Astro's priority: more literal segments first, so `/resources/type/guide/` is not read as a resource. */
const routes = Object.entries(pageModules)
  .map(([file, load]) => ({load, segments: routeSegments(file)}))
  .sort((a, b) => a.segments.filter(isParam).length - b.segments.filter(isParam).length)

/** The page at `pathname` (a public address such as `/resources/guide/`), or undefined when no page has it. */
export async function findPage(pathname: string): Promise<FoundPage | undefined> {
  const wanted = pathname.split('/').filter(Boolean)
  for (const {load, segments} of routes) {
    if (segments.length !== wanted.length || !segments.every((segment, i) => isParam(segment) || segment === wanted[i])) continue
    const page = await load()
    if (!segments.some(isParam)) return {Component: page.default, props: {}}
    for (const entry of (await page.getStaticPaths?.()) ?? []) {
      const built = segments.map((segment) => (isParam(segment) ? String(entry.params[segment.slice(1, -1)]) : segment))
      if (built.every((segment, i) => segment === wanted[i])) return {Component: page.default, props: entry.props ?? {}}
    }
  }
  return undefined
}
