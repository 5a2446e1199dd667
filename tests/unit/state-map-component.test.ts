/** The map component, rendered through Astro's container: what visitors and screen readers get. */
import {beforeAll, describe, expect, it} from 'vitest'
import {experimental_AstroContainer as AstroContainer} from 'astro/container'
import StateMap from '../../src/components/StateMap.astro'

describe('StateMap.astro', () => {
  let container: AstroContainer
  beforeAll(async () => {
    container = await AstroContainer.create()
  })

  const props = {
    counts: {GA: 30, RI: 1, DC: 500},
    href: (code: string) => `/partnerships/${code.toLowerCase()}/`,
    label: 'Partnerships by state',
    describe: (code: string, count: number) => `${code}: ${count} partnerships`,
  }

  /** The rendered HTML, without the annotations Astro adds (source, scoped-style ids) and with whitespace collapsed. */
  async function render(url = 'https://example.org/partnerships/', counts: Record<string, number> = props.counts): Promise<string> {
    const html = await container.renderToString(StateMap, {props: {...props, counts}, request: new Request(url)})
    return html
      .replace(/ data-astro-source-(file|loc)="[^"]*"/g, '')
      .replace(/ data-astro-cid-\w+/g, '')
      .replace(/\s+/g, ' ')
  }

  /** Start tags of `name` elements. */
  const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? []

  it('is a figure with a captioned, scalable SVG group', async () => {
    const html = await render()
    expect(html).toMatch(/^<figure\b/)
    expect(html).toContain('<figcaption id="state-map-caption" class="font-semibold">Partnerships by state</figcaption>')
    const svg = tags(html, 'svg')[0]
    for (const attribute of [' role="group"', ' aria-labelledby="state-map-caption"', ' viewBox="', 'w-full', 'h-auto'])
      expect(svg).toContain(attribute)
    expect(svg).not.toMatch(/ (width|height)=/)
  })

  it('links the states with partnerships, named by `describe`, and hides the rest', async () => {
    const html = await render()
    const links = tags(html, 'a')
    expect(links).toHaveLength(3)
    for (const [code, count] of Object.entries(props.counts)) {
      const link = links.find((a) => a.includes(` data-state="${code}"`)) ?? ''
      expect(link).toContain(` href="/partnerships/${code.toLowerCase()}/"`)
      expect(link).toContain(` aria-label="${code}: ${count} partnerships"`)
      expect(html).toContain(`<title>${code}: ${count} partnerships</title>`)
    }
    const paths = tags(html, 'path')
    expect(paths).toHaveLength(56)
    expect(paths.filter((path) => path.includes(' aria-hidden="true"'))).toHaveLength(53)
    expect(paths.find((path) => path.includes(' data-state="OH"'))).toContain(' aria-hidden="true"')
    // DC's callout, line and dot, is inside its link.
    expect(html).toMatch(/<a [^>]*data-state="DC"[^>]*>(?:(?!<\/a>).)*<line [^>]*>(?:(?!<\/a>).)*<circle /)
  })

  it('shades by step and has a text legend, with no inline style or script', async () => {
    const html = await render()
    expect(tags(html, 'path').find((path) => path.includes(' data-state="OH"'))).toContain('fill-white')
    expect(html).toMatch(/<a [^>]*data-state="RI"[^>]*> ?<title>[^<]*<\/title> ?<path [^>]*fill-navy\/15/)
    expect(html).toMatch(/<a [^>]*data-state="GA"[^>]*> ?<title>[^<]*<\/title> ?<path [^>]*fill-navy\/55/)
    expect(html).toMatch(/<a [^>]*data-state="DC"[^>]*> ?<title>[^<]*<\/title> ?<path [^>]*fill-navy-dark/)
    const legend = [...html.matchAll(/<span>([^<]*)<\/span>/g)].map((match) => match[1])
    expect(legend).toEqual(['0', '1–4', '5–24', '25–99', '100–499', '500+'])
    // No <style> or style attribute (the CSP blocks both) and no script.
    expect(html).not.toMatch(/ style=|<style|<script/)
  })

  it('marks focus and hover on linked states only', async () => {
    const html = await render()
    expect(tags(html, 'a').every((a) => / class="group"/.test(a))).toBe(true)
    const linked = html.match(/<a [^>]*data-state="GA"[^>]*>(?:(?!<\/a>).)*<\/a>/)?.[0] ?? ''
    for (const utility of [
      'group-focus-visible:fill-gold',
      'group-focus-visible:stroke-ink',
      'group-focus-visible:stroke-4',
      'group-hover:fill-gold',
    ])
      expect(tags(linked, 'path')[0]).toContain(utility)
    expect(tags(html, 'path').find((path) => path.includes(' data-state="OH"'))).not.toContain('group-')
  })

  it('orders the links by state name in the page language', async () => {
    const codes = (html: string) => tags(html, 'a').map((a) => / data-state="(\w+)"/.exec(a)?.[1])
    expect(codes(await render())).toEqual(['DC', 'GA', 'RI'])
    // Distrito de Columbia, Georgia, Rhode Island: the same here, so check with two that swap.
    const swapped = {NC: 1, CO: 1}
    expect(codes(await render('https://example.org/partnerships/', swapped))).toEqual(['CO', 'NC'])
    expect(codes(await render('https://example.org/es/partnerships/', swapped))).toEqual(['NC', 'CO'])
  })

  it('fails the build on an unknown state code', async () => {
    await expect(render(undefined, {XX: 1})).rejects.toThrow(/Unknown state code "XX"/)
  })
})
