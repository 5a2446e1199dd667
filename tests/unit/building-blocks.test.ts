/** The small components pages are composed of, rendered on their own through Astro's container. */
import {beforeAll, describe, expect, it} from 'vitest'
import {experimental_AstroContainer as AstroContainer} from 'astro/container'
import EventStatus from '../../src/components/EventStatus.astro'
import Field from '../../src/components/Field.astro'
import OrganizationCard from '../../src/components/OrganizationCard.astro'
import PageHeading from '../../src/components/PageHeading.astro'
import Venue from '../../src/components/Venue.astro'

let container: AstroContainer

beforeAll(async () => {
  container = await AstroContainer.create()
})

/** The rendered HTML, without the source annotations Astro adds in development and with whitespace collapsed. */
async function render(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
  slot?: string,
): Promise<string> {
  const html = await container.renderToString(component, {props, slots: slot ? {default: slot} : undefined})
  return html
    .replace(/ data-astro-source-(file|loc)="[^"]*"/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The first start tag of an element, to check its attributes in any order. */
const tag = (html: string, name: string) => new RegExp(`<${name}\\b[^>]*>`).exec(html)?.[0] ?? ''

describe('EventStatus', () => {
  it('shows nothing for a scheduled event', async () => {
    expect(await render(EventStatus, {event: {status: 'scheduled', statusNote: null}, variant: 'notice'})).toBe('')
    expect(await render(EventStatus, {event: {status: 'scheduled', statusNote: null}, variant: 'badge'})).toBe('')
  })

  it("puts a notice with the editor's note at the top of the page, and a badge on the card", async () => {
    const notice = await render(EventStatus, {event: {status: 'cancelled', statusNote: 'Offered again in spring.'}, variant: 'notice'})
    expect(notice).toMatch(/^<div [^>]*data-event-status="cancelled"/)
    expect(notice).toContain('This event is cancelled</p>')
    expect(notice).toContain('Offered again in spring.')
    const badge = await render(EventStatus, {event: {status: 'postponed', statusNote: 'Later.'}, variant: 'badge'})
    expect(badge).toMatch(/^<p class="[^"]*\bbg-alert\b[^"]*">Postponed<\/p>$/)
  })
})

describe('Field', () => {
  it('says in its label when it is required, and is described by its hint', async () => {
    const html = await render(Field, {id: 'f-email', label: 'Email', type: 'email', name: 'email', required: true, hint: 'We reply here.'})
    expect(html).toContain('<label for="f-email" class="block font-semibold">Email (required)</label>')
    const input = tag(html, 'input')
    for (const attribute of [
      ' id="f-email"',
      ' required',
      ' aria-describedby="f-email-hint"',
      ' class="input mt-1 w-full"',
      ' type="email"',
      ' name="email"',
    ])
      expect(input).toContain(attribute)
    expect(html).toContain('<p id="f-email-hint" class="mt-1 text-sm text-muted">We reply here.</p>')
  })

  it('is a textarea when given rows, and optional without `required`', async () => {
    const html = await render(Field, {id: 'f-message', label: 'Anything else', name: 'message', rows: 4})
    expect(html).toContain('>Anything else</label>')
    const textarea = tag(html, 'textarea')
    for (const attribute of [' id="f-message"', ' rows="4"', ' class="input mt-1 w-full"', ' name="message"'])
      expect(textarea).toContain(attribute)
    expect(html).toContain('></textarea>')
    expect(html).not.toContain('required')
  })
})

describe('Venue', () => {
  it('writes the address on three lines and links to the map, naming the venue for screen readers', async () => {
    const html = await render(Venue, {
      venue: {
        name: 'Grace Hall',
        street: '12 Oak St',
        city: 'Portland',
        state: 'OR',
        postalCode: '97211',
        location: {lat: 45.5, lng: -122.6},
      },
    })
    expect(html).toContain('<address class="not-italic">Grace Hall<br>12 Oak St<br>Portland, OR 97211</address>')
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=45.5&amp;mlon=-122.6#map=17/45.5/-122.6"')
    expect(html).toContain('Open the map<span class="sr-only"> for Grace Hall</span>')
  })
})

describe('PageHeading', () => {
  it('is the h1, with a kicker above and the lead paragraph below when given', async () => {
    const html = await render(PageHeading, {title: 'Getting Started', kicker: 'Guide', lang: 'en'}, 'Read this first.')
    expect(html).toMatch(
      /^<p class="[^"]*uppercase[^"]*">Guide<\/p> ?<h1 class="mt-1 text-3xl font-bold text-navy" lang="en">Getting Started<\/h1> ?<p class="mt-2 max-w-3xl">Read this first.<\/p>$/,
    )
    expect(await render(PageHeading, {title: 'Search'})).toBe('<h1 class="text-3xl font-bold text-navy">Search</h1>')
  })
})

describe('OrganizationCard', () => {
  it('links the name to the website when there is one', async () => {
    const linked = await render(OrganizationCard, {
      organization: {name: 'Grace Fellowship', website: 'https://example.org/grace', logo: null},
      id: 'grace',
    })
    expect(tag(linked, 'li')).toMatch(/ class="flex gap-4 [^"]*"/)
    expect(tag(linked, 'li')).toContain(' id="grace"')
    expect(linked).toContain('<h3 class="text-lg font-bold"><a href="https://example.org/grace" rel="noopener">Grace Fellowship</a></h3>')
    const plain = await render(OrganizationCard, {organization: {name: 'Precinct 4', website: null, logo: null}})
    expect(plain).toContain('<h3 class="text-lg font-bold">Precinct 4</h3>')
  })
})
