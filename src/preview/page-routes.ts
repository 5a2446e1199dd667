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
  /** Called as Astro calls it, with the route's pattern (`/es/pillars/[slug]`): pages read their edition from it. */
  getStaticPaths?: (options: {routePattern: string}) => Promise<StaticPath[]> | StaticPath[]
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
/** A rest parameter (`[...page]`) stands for any number of segments, none included. */
const isRest = (segment: string) => segment.startsWith('[...')
const paramName = (segment: string) => segment.replace(/^\[(\.\.\.)?|\]$/g, '')

/** Routes by Astro's priority: rest parameters last, then more literal segments first, so `/resources/type/guide/` is not read as a resource. */
const routes = Object.entries(pageModules)
  .map(([file, load]) => ({load, segments: routeSegments(file)}))
  .map((route) => ({...route, rest: route.segments.some(isRest)}))
  .sort((a, b) => Number(a.rest) - Number(b.rest) || a.segments.filter(isParam).length - b.segments.filter(isParam).length)

/** Whether a route's literal segments allow the address at all, before asking its `getStaticPaths`. */
function couldMatch(segments: string[], rest: boolean, wanted: string[]): boolean {
  const fixed = rest ? segments.slice(0, -1) : segments
  if (rest ? wanted.length < fixed.length : wanted.length !== fixed.length) return false
  return fixed.every((segment, i) => isParam(segment) || segment === wanted[i])
}

/** The address segments a route gives for one entry's params. */
function pathOf(segments: string[], params: StaticPath['params']): string[] {
  return segments.flatMap((segment) => {
    if (!isParam(segment)) return [segment]
    const value = params[paramName(segment)]
    if (isRest(segment)) return value === undefined ? [] : String(value).split('/')
    return [String(value)]
  })
}

/** The page at `pathname` (a public address such as `/resources/guide/`), or undefined when no page has it. */
export async function findPage(pathname: string): Promise<FoundPage | undefined> {
  const wanted = pathname.split('/').filter(Boolean)
  for (const {load, segments, rest} of routes) {
    if (!couldMatch(segments, rest, wanted)) continue
    const page = await load()
    if (!segments.some(isParam)) return {Component: page.default, props: {}}
    for (const entry of (await page.getStaticPaths?.({routePattern: `/${segments.join('/')}`})) ?? []) {
      const built = pathOf(segments, entry.params)
      if (built.length === wanted.length && built.every((segment, i) => segment === wanted[i])) {
        return {Component: page.default, props: entry.props ?? {}}
      }
    }
  }
  return undefined
}
