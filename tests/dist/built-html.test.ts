/** The built HTML of every page: valid markup, sound structured data, and forms Netlify can take. */
import {beforeAll, describe, expect, it} from 'vitest'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {HtmlValidate} from 'html-validate'
import {INQUIRY_FORMS} from '@onecop/content-model'
import {detectForms} from '../../scripts/netlify-forms'
import {sampleDocuments} from '../support/sample-dataset'
import {ROOT} from '../support/astro-build'
import {pageTitle} from '../../src/lib/page-title'
import {builtPages} from '../support/built-files'

const DIST = join(ROOT, 'dist')
let pages: {file: string; html: string}[]

beforeAll(async () => {
  const files = await builtPages(DIST)
  pages = await Promise.all(files.map(async (file) => ({file, html: await readFile(join(DIST, file), 'utf8')})))
})

const html = (file: string) => pages.find((page) => page.file === file)!.html

/** Every JSON-LD block of a page, parsed. */
const jsonLdOf = (file: string) =>
  [...html(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]) as Record<string, any>,
  )

describe('built HTML', () => {
  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // role="list" is deliberate: Safari drops list semantics from lists styled without bullets.
        'no-redundant-role': 'off',
        // React's server renderer writes void elements as <input/> and camel-case attribute
        // names; both are valid HTML (attribute names are case-insensitive).
        'void-style': 'off',
        'attr-case': 'off',
        // It measures the source, where an apostrophe is the five characters "&#39;"; the
        // 70-character limit on the text itself is checked below.
        'long-title': ['error', {maxlength: 90}],
        // A group of checkboxes for one filter shares its name, as HTML intends (?type=a&type=b).
        'form-dup-name': ['error', {shared: ['radio', 'button', 'reset', 'submit', 'checkbox']}],
      },
    })
    expect(pages.length).toBeGreaterThan(50)
    const problems: string[] = []
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file)
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${page.file}: ${message.ruleId}: ${message.message} (${message.selector})`)
    }
    expect(problems).toEqual([])
    // Every page of both editions: 20 s or more on two busy cores, beside the Nu HTML Checker's run.
  }, 60_000)

  it('has an Organization on the home page', () => {
    const [organization] = jsonLdOf('index.html')
    expect(organization['@context']).toBe('https://schema.org')
    expect(organization['@type']).toBe('NGO')
    expect(organization.name).toMatch(/OneCOP/)
    expect(organization.url).toMatch(/^https:\/\//)
  })

  it('has an Event with the fields search engines require on every event page', () => {
    const eventPages = pages.filter((page) => /^events\/[^/]+\/index\.html$/.test(page.file))
    expect(eventPages.length).toBeGreaterThanOrEqual(16)
    for (const page of eventPages) {
      const [event] = jsonLdOf(page.file)
      expect(event['@type'], page.file).toBe('Event')
      for (const field of ['name', 'startDate', 'endDate', 'eventStatus', 'eventAttendanceMode', 'location', 'description'])
        expect(event[field], `${page.file} ${field}`).toBeTruthy()
      expect(new Date(event.startDate).getTime()).toBeLessThan(new Date(event.endDate).getTime())
      expect(event.location.length).toBeGreaterThan(0)
    }
    const [cancelled] = jsonLdOf('events/scam-workshop-seniors-nov/index.html')
    expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled')
    const [hybrid] = jsonLdOf('events/jax-forum-jan/index.html')
    expect(hybrid.location.map((l: {'@type': string}) => l['@type'])).toEqual(['Place', 'VirtualLocation'])
  })

  it('describes every resource page with a fitting creative-work type', () => {
    const resourcePages = pages.filter((page) => /^resources\/[^/]+\/index\.html$/.test(page.file))
    expect(resourcePages.length).toBeGreaterThanOrEqual(40)
    for (const page of resourcePages) {
      const [work] = jsonLdOf(page.file)
      expect(['CreativeWork', 'DigitalDocument', 'VideoObject'], page.file).toContain(work['@type'])
      expect(work.name && work.datePublished && work.publisher?.name, page.file).toBeTruthy()
      if (work['@type'] === 'VideoObject') expect(work.thumbnailUrl && work.uploadDate, page.file).toBeTruthy()
    }
    expect(jsonLdOf('resources/getting-started-congregations/index.html')[0]).toMatchObject({
      '@type': 'DigitalDocument',
      encodingFormat: 'application/pdf',
    })
  })

  it('gives every page a title, a description, a canonical URL and social-card tags', () => {
    for (const page of pages) {
      const title =
        /<title>([^<]*)<\/title>/
          .exec(page.html)?.[1]
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"') ?? ''
      expect(title.length, page.file).toBeGreaterThan(2)
      expect(title.length, `${page.file}: ${title}`).toBeLessThanOrEqual(70)
      for (const tag of [
        'name="description"',
        'rel="canonical"',
        'property="og:title"',
        'property="og:description"',
        'name="twitter:card"',
      ])
        expect(page.html, `${page.file} ${tag}`).toContain(tag)
    }
  })

  it('posts the Get involved forms to Netlify Forms with a honeypot', () => {
    const page = html('get-involved/index.html')
    const forms = [...page.matchAll(/<form [^>]*>[\s\S]*?<\/form>/g)]
      .map((match) => match[0])
      .filter((form) => !form.includes('role="search"'))
    expect(forms).toHaveLength(2)
    for (const form of forms) {
      const name = /name="([^"]+)"/.exec(form)![1]
      expect(form).toContain('data-netlify="true"')
      expect(form).toContain('netlify-honeypot="bot-field"')
      expect(form).toContain('method="POST"')
      expect(form).toContain(`<input type="hidden" name="form-name" value="${name}">`)
      expect(form).toMatch(/name="bot-field"/)
      expect(form.match(/ required/g)!.length).toBeGreaterThanOrEqual(4)
    }
  })

  it('offers "another format" under every resource with a file, in both editions, and under no other', async () => {
    const resources = (await sampleDocuments()).filter((doc) => doc._type === 'resource')
    expect(resources.some((doc) => doc.file) && resources.some((doc) => !doc.file)).toBe(true)
    for (const edition of ['', 'es/'])
      for (const resource of resources) {
        const page = html(`${edition}resources/${resource.slug.current}/index.html`)
        const form = /<form\b[^>]*name="another-format"[\s\S]*?<\/form>/.exec(page)?.[0]
        expect(Boolean(form), `${edition}${resource._id}`).toBe(Boolean(resource.file))
        if (form) expect(form).toContain(`<input type="hidden" name="resource" value="${resource._id}">`)
      }
  })

  it('has exactly the forms the submission-created function turns into inquiries', () => {
    expect([...detectForms(DIST).keys()].sort()).toEqual(Object.keys(INQUIRY_FORMS).sort())
  })
})

describe('images', () => {
  it('have alt text, a width and height that reserve their space, and a srcset', () => {
    const images = pages.flatMap((page) => [...page.html.matchAll(/<img [^>]*>/g)].map((match) => ({file: page.file, tag: match[0]})))
    expect(images.length).toBeGreaterThan(20)
    for (const {file, tag} of images) {
      expect(tag, file).toMatch(/ alt="[^"]+"/)
      expect(tag, file).toMatch(/ width="\d+"/)
      expect(tag, file).toMatch(/ height="\d+"/)
      expect(tag, file).toMatch(/ srcset="[^"]+ \d+w/)
    }
  })
})

describe('text around links and expressions', () => {
  // Astro drops a space that follows an expression at the top level of a slot (see PageHeading).
  it('never runs a word into a link, before or after it', () => {
    const glued = pages.flatMap((page) =>
      [...page.html.matchAll(/.{0,30}(?:[\p{L}\p{N}.,:;]<a\s|<\/a>[\p{L}\p{N}]).{0,30}/gu)].map((match) => `${page.file}: ${match[0]}`),
    )
    expect(glued).toEqual([])
  })

  it('keeps the spaces of page intros that start with an expression', () => {
    expect(html('partnerships/ga/greater-hope-baptist-church-atlanta/index.html')).toContain('with Atlanta Police Department, Zone 4')
    expect(html('events/index.html')).toMatch(/Subscribe to <a href="\/events.ics">/)
    expect(html('es/events/index.html')).toMatch(/Suscríbase <a href="\/es\/events.ics">/)
  })
})

describe('page titles', () => {
  it('keep the site name when they fit, and stay within 70 characters', () => {
    expect(pageTitle('Events', 'OneCOP')).toBe('Events | OneCOP')
    const long = "Final Report of the President's Task Force on 21st Century Policing and more words"
    expect(pageTitle(long, 'OneCOP').length).toBeLessThanOrEqual(70)
    expect(pageTitle(long, 'OneCOP')).toMatch(/^Final Report of the President's Task Force on 21st Century Policing…$|…$/)
  })
})
