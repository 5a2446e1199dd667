/**
 * The English and Spanish editions in the built `dist/`: every page in both languages, linked to
 * each other by `hreflang`, links that keep a reader in their language, and pages whose content
 * is not yet translated shown in English, said so, and pointed at the English page.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {ROOT} from '../support/astro-build'
import {sampleDocuments} from '../support/sample-dataset'
import {en, type Dictionary} from '../../src/i18n/en'
import {es} from '../../src/i18n/es'
import {decodeEntities} from '../support/html-entities'

const DIST = join(ROOT, 'dist')
const SITE = 'https://onecop.example.org'
let englishPages: string[]
let sitemap: string

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
  sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8')
  englishPages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname).filter((path) => !path.startsWith('/es/'))
})

const html = (path: string) => readFile(join(DIST, path, 'index.html'), 'utf8')
const alternates = (page: string) =>
  Object.fromEntries([...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((match) => [match[1], match[2]]))

describe('the two editions', () => {
  it('give every English page of the sitemap a Spanish counterpart, each naming the other with hreflang where it is translated', async () => {
    expect(englishPages.length).toBeGreaterThan(50)
    for (const path of englishPages) {
      const spanishPath = `/es${path}`
      const [english, spanish] = await Promise.all([html(path), html(spanishPath)])
      expect(english, path).toMatch(/^<!DOCTYPE html><html lang="en">/)
      expect(spanish, spanishPath).toMatch(/^<!DOCTYPE html><html lang="es">/)
      if (spanish.includes(`<link rel="canonical" href="${SITE}${spanishPath}"`)) {
        const expected = {en: `${SITE}${path}`, es: `${SITE}${spanishPath}`, 'x-default': `${SITE}${path}`}
        expect(alternates(english), path).toEqual(expected)
        expect(alternates(spanish), spanishPath).toEqual(expected)
        expect(sitemap, spanishPath).toContain(`<loc>${SITE}${spanishPath}</loc>`)
      } else {
        // Its document has no Spanish text yet (canonical-addresses.test.ts has one): it defers to the English page.
        expect(alternates(english), path).toEqual({en: `${SITE}${path}`, 'x-default': `${SITE}${path}`})
        expect(alternates(spanish), spanishPath).toEqual({})
        expect(sitemap, spanishPath).not.toContain(`<loc>${SITE}${spanishPath}</loc>`)
      }
    }
  })

  it('keep a Spanish reader in Spanish: every link to a page of the site leads to its Spanish address, but the switch to English', async () => {
    for (const path of englishPages) {
      const spanish = await html(`/es${path}`)
      const links = [...spanish.matchAll(/<a\b[^>]*\shref="(\/[^"]*)"[^>]*>/g)]
      const english = links.filter(([tag, href]) => !href.startsWith('/es/') && !/^\/(sample-assets|_astro|pagefind)\//.test(href) && !tag.includes('hreflang="en"'))
      expect(english.map(([, href]) => href), path).toEqual([])
      const switcher = links.find(([tag]) => tag.includes('data-language-switch'))
      expect(switcher?.[1], path).toBe(path)
    }
  })

  it('show a page whose content is not translated in English, say so in Spanish, and point search engines at the English page', async () => {
    // An event of the sample that has no Spanish version yet.
    const spanish = await html('/es/events/national-webinar-feb')
    // The page's interface is Spanish; content elements carry their own `lang`, not the whole `main`.
    expect(spanish).not.toMatch(/<main [^>]*lang=/)
    expect(spanish).toMatch(/<h1 [^>]*lang="en"[^>]*>OneCOP National Partners Webinar</)
    expect(spanish).toContain('data-untranslated-notice')
    expect(spanish).toContain(es.notices.untranslatedLead)
    expect(spanish).toContain(`<link rel="canonical" href="${SITE}/events/national-webinar-feb/">`)
    expect(spanish).not.toContain('data-pagefind-body')
    // The English page says nothing of the kind.
    const english = await html('/events/national-webinar-feb')
    expect(english).not.toContain('data-untranslated-notice')
    expect(english).toContain(`<link rel="canonical" href="${SITE}/events/national-webinar-feb/">`)
  })

  it('show a translated document in Spanish, marked so, as a page of its own that Spanish search indexes', async () => {
    const sample = await sampleDocuments()
    const translationOf = (id: string) => sample.find((doc) => doc._id === `${id}-es`)!
    const pillar = await html('/es/pillars/building-trust-and-legitimacy')
    expect(pillar).toMatch(new RegExp(`<h1 [^>]*lang="es"[^>]*>${es.pillarNumber(1)}: ${translationOf('pillar-1').name}<`))
    expect(pillar).toContain(`<link rel="canonical" href="${SITE}/es/pillars/building-trust-and-legitimacy/">`)
    expect(pillar).toContain('data-pagefind-body')
    expect(pillar).not.toContain('data-untranslated-notice')
    // Each edition shows its own text: the English page has none of the Spanish.
    expect(await html('/pillars/building-trust-and-legitimacy')).not.toContain(translationOf('pillar-1').summary)
    const about = await html('/es/about')
    expect(about).toContain(`>${translationOf('page-about').title}<`)
    expect(about).toContain(translationOf('objective-1').summary)
    // An event translated in place, and the Spanish list that shows it.
    const event = sample.find((doc) => doc._id === 'event-jax-forum-jan')!
    const spanishTitle = event.title.find((version: {language: string}) => version.language === 'es').value
    expect(await html('/es/events/jax-forum-jan')).toMatch(new RegExp(`<h1 [^>]*lang="es"[^>]*>${spanishTitle}<`))
    expect(await html('/es/events')).toContain(spanishTitle)
    expect(await html('/events')).not.toContain(spanishTitle)
  })

  it('have their own calendars, feeds and 404 page', async () => {
    for (const file of ['es/events.ics', 'es/resources/rss.xml', 'es/events/rss.xml', 'es/404/index.html']) expect(existsSync(join(DIST, file)), file).toBe(true)
    const notFound = await readFile(join(DIST, 'es/404/index.html'), 'utf8')
    expect(notFound).toContain('<title>Página no encontrada')
    const feed = await readFile(join(DIST, 'es/resources/rss.xml'), 'utf8')
    expect(feed).toContain('<title>Recursos de OneCOP</title>')
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]).slice(1)
    expect(links.length).toBeGreaterThan(10)
    for (const link of links) expect(link).toMatch(new RegExp(`^${SITE}/es/resources/`))
    expect(await readFile(join(DIST, 'resources/rss.xml'), 'utf8')).toContain('<title>OneCOP resources</title>')
    const calendar = await readFile(join(DIST, 'es/events.ics'), 'utf8')
    expect(calendar).toContain('X-WR-CALNAME:Eventos de OneCOP')
    expect(calendar).toMatch(new RegExp(`URL:${SITE}/es/events/`))
  })
})

const decode = decodeEntities

/**
 * The interface text of a page: its own title (without the site's name) and description, and the
 * body's text nodes and ARIA labels (scripts left out).
 */
const textsOf = (page: string) => {
  const head = page.slice(0, page.indexOf('<body'))
  const body = page.slice(page.indexOf('<body')).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
  return {
    head: [head.match(/<title>([^<]*)<\/title>/)?.[1].replace(/ \| [^|]+$/, ''), head.match(/<meta name="description" content="([^"]*)"/)?.[1]]
      .filter((text) => text !== undefined)
      .map(decode),
    body: [...body.matchAll(/>([^<]+)</g), ...body.matchAll(/\saria-label="([^"]*)"/g)]
      .map((match) => decode(match[1]).replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  }
}

/**
 * Whether `text` is on the page as interface text: the page's title or description, a whole text
 * node or label, (for a prefix, which ends in a space) the start of one, or (for a sentence) inside one.
 */
const shows = ({head, body}: ReturnType<typeof textsOf>, text: string) =>
  head.includes(text) ||
  body.some((node) => node === text || (text.endsWith(' ') && node.startsWith(text)) || (text.length > 24 && node.includes(text)))

/**
 * Spanish pages of each type, and interface strings each shows, taken from a dictionary: on the
 * Spanish page every one is there in Spanish and none in English, whether or not its content is translated.
 */
const SPANISH_INTERFACE: Record<string, {path: string; strings: (t: Dictionary) => string[]}> = {
  home: {
    path: 'es',
    strings: (t) => [
      t.site.tagline,
      t.home.lead,
      t.home.startPartnership,
      t.home.inNumbers('OneCOP'),
      t.home.objectives,
      t.objectives.pillarsServed(1),
      t.home.comingUp,
      t.home.allEvents,
      t.home.newResources,
      t.home.allPartners,
      t.home.involvedHeading,
      t.impact.asOf,
      // The pillar's name follows in an element of its own (marked with its language).
      `${t.pillarNumber(1)}:`,
    ],
  },
  about: {path: 'es/about', strings: (t) => [t.objectives.title, t.objectives.intro, t.objectives.pillarsServed(2)]},
  pillars: {path: 'es/pillars', strings: (t) => [t.pillars.title, t.pillars.description, t.pillars.intro, `${t.pillarNumber(6)}:`]},
  pillar: {
    path: 'es/pillars/community-policing-and-crime-reduction',
    strings: (t) => [`${t.pillarNumber(4)}: `, t.pillar.breadcrumb, t.pillar.keyRecommendations, t.pillar.practice, t.pillar.resources, t.pillar.events],
  },
  partners: {
    path: 'es/partners',
    strings: (t) => [t.partners.title, t.partners.description, t.partners.intro, t.options.partnerCategories['federal-agency'], t.partners.since(2016)],
  },
  funders: {
    path: 'es/funders',
    strings: (t) => [t.funders.title, t.funders.description, t.funders.intro, t.options.funderTiers.presenting, t.options.funderTiers['in-kind']],
  },
  'get involved': {
    path: 'es/get-involved',
    strings: (t) => [
      t.getInvolved.congregation.title,
      `${t.getInvolved.agency.organization} (${t.required})`,
      t.getInvolved.requiredFields,
      `${t.getInvolved.name} (${t.required})`,
      t.getInvolved.emailHint,
      t.getInvolved.message,
      t.getInvolved.send,
    ],
  },
  library: {
    path: 'es/resources',
    strings: (t) => {
      const resources = englishPages.filter((path) => /^\/resources\/[^/]+\/$/.test(path)).length
      return [t.library.title, t.library.all(resources), t.library.searchLabel, t.library.submit]
    },
  },
  events: {
    path: 'es/events',
    strings: (t) => [t.events.title, t.events.description, t.events.calendarLink, t.events.upcoming, t.events.past],
  },
  'event (cancelled)': {
    path: 'es/events/scam-workshop-seniors-nov',
    strings: (t) => [
      t.event.breadcrumb,
      t.event.date,
      t.event.time,
      t.event.place,
      t.event.hostedBy,
      t.event.pillars,
      t.event.openMap,
      t.event.statusHeading(t.options.eventStatuses.cancelled),
    ],
  },
  'event (postponed)': {
    path: 'es/events/portland-holiday-appreciation',
    strings: (t) => [t.event.statusHeading(t.options.eventStatuses.postponed), t.event.date, t.event.time],
  },
}

describe('the Spanish edition\'s interface', () => {
  it('sends its forms under the English forms\' names, so Netlify files both editions\' submissions together', async () => {
    const names = (page: string) => [...page.matchAll(/<form\b[^>]*\sname="([^"]+)"/g)].map((match) => match[1])
    const english = names(await html('get-involved'))
    expect(english).toEqual(['congregation-partnership', 'agency-partnership'])
    expect(names(await html('es/get-involved'))).toEqual(english)
  })

  for (const [type, {path, strings}] of Object.entries(SPANISH_INTERFACE)) {
    it(`is Spanish on the ${type} page, content translated or not`, async () => {
      const texts = textsOf(await html(path))
      const [spanish, english] = [strings(es), strings(en)]
      expect(spanish.filter((text) => !shows(texts, text)), `${path}: Spanish strings missing`).toEqual([])
      // A string the two languages write alike (a name, a number) proves nothing either way.
      expect(english.filter((text, index) => text !== spanish[index] && shows(texts, text)), `${path}: English strings shown`).toEqual([])
    })
  }
})
