/** The content model's shared rules, one by one: what they accept, what they refuse, and why. */
import {describe, expect, it} from 'vitest'
import {
  EVENT_TIME_ZONES,
  RESERVED_PAGE_SLUGS,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  STATE_CODES,
  STATE_OPTIONS,
  typedFigureFieldProblem,
  assetProblem,
  emailProblem,
  eventEndProblem,
  eventOnlineLinkProblem,
  eventStatusNoteProblem,
  eventVenueProblem,
  funderPeriodProblem,
  imageAltProblem,
  isAllowedLink,
  isCalendarDate,
  isDateTime,
  optionProblem,
  pageSlugProblem,
  referenceProblem,
  resourceAccessProblem,
  slugProblem,
  slugify,
  stateCodeProblem,
  textProblem,
} from '@onecop/content-model'

describe('slugify', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ['Guía rápida para congregaciones', 'guia-rapida-para-congregaciones'],
    ['Building Trust & Legitimacy', 'building-trust-and-legitimacy'],
    ["Officers' Day -- 2026!", 'officers-day-2026'],
    ['  --Ünïcödé  ', 'unicode'],
    ['', ''],
    ['¡¿!?', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    if (slug) expect(slug).toMatch(SLUG_PATTERN)
  })

  it('cuts a long title at a hyphen, never past the limit', () => {
    const slug = slugify('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(slug).toMatch(SLUG_PATTERN)
  })
})

describe('slugs and page addresses', () => {
  it('refuse what Generate would not make, and say what it would', () => {
    expect(slugProblem('hello-world')).toBeUndefined()
    expect(slugProblem('Hello World')).toBe(
      'the web address "Hello World" can only have lower-case letters, digits and single hyphens: press Generate (it gives "hello-world")',
    )
    for (const typed of ['hello-', '-hello', 'hello--world', 'guía-rápida', 'a_b', '']) expect(slugProblem(typed), typed).toBeDefined()
  })

  it("keep pages off the site's own sections", () => {
    for (const taken of RESERVED_PAGE_SLUGS) expect(pageSlugProblem(taken), taken).toMatch(/belongs to a section of the site/)
    expect(pageSlugProblem('privacy')).toBeUndefined()
  })
})

describe('formats', () => {
  it('text must say something', () => {
    expect(textProblem('Hi')).toBeUndefined()
    expect(textProblem(undefined)).toBeUndefined()
    expect(textProblem('')).toBe('is empty: write the text in')
    expect(textProblem(' \n\t')).toBe('has only spaces: write the text in')
  })

  it('dates must exist', () => {
    for (const good of ['2024-02-29', '2026-12-31', '2000-02-29']) expect(isCalendarDate(good), good).toBe(true)
    for (const bad of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-4-1', '2026-04-01T00:00:00Z'])
      expect(isCalendarDate(bad), bad).toBe(false)
  })

  it('date-times need a real date, a real time and an offset', () => {
    for (const good of ['2026-12-03T23:00:00.000Z', '2026-12-03T23:00Z', '2026-12-03T18:00:00-05:00'])
      expect(isDateTime(good), good).toBe(true)
    for (const bad of ['2026-02-30T10:00:00Z', '2026-11-25T24:00:00Z', '2026-11-25T10:00:00', '2026-11-25'])
      expect(isDateTime(bad), bad).toBe(false)
  })

  it('links are full https:, http: or mailto: addresses', () => {
    for (const good of ['https://example.org', 'http://example.org/a?b#c', 'mailto:someone@example.org'])
      expect(isAllowedLink(good), good).toBe(true)
    for (const bad of [
      'example.org',
      '/about/',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://',
      'https:example.org',
      ' https://example.org',
      'mailto:',
      'ftp://example.org',
    ]) {
      expect(isAllowedLink(bad), bad).toBe(false)
    }
  })

  it('email addresses have a name, one @ and a domain with a dot', () => {
    expect(emailProblem('onecop@example.org')).toBeUndefined()
    for (const bad of ['onecop', 'onecop@example', '@example.org', 'a b@example.org', 'a@@example.org'])
      expect(emailProblem(bad), bad).toBeDefined()
  })

  it('options come from their list', () => {
    expect(optionProblem(EVENT_TIME_ZONES, 'America/Chicago')).toBeUndefined()
    expect(optionProblem(EVENT_TIME_ZONES, 'Europe/Paris')).toMatch(
      /^"Europe\/Paris" is not one of the choices: pick one of "Eastern: New York/,
    )
  })

  it('a state is one of the list: the states, DC and the territories', () => {
    for (const code of ['GA', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP']) expect(stateCodeProblem(code), code).toBeUndefined()
    expect(stateCodeProblem(undefined)).toBeUndefined()
    expect(stateCodeProblem('ZZ')).toBe(
      'is "ZZ", which is not a US state, DC or territory: pick the place from the list, e.g. Georgia (GA)',
    )
    expect(stateCodeProblem('UM')).toMatch(/^is "UM", which is not/)
    expect(stateCodeProblem('Georgia')).toMatch(/^is "Georgia", which is not/)
    expect(stateCodeProblem('ga')).toBe('is "ga": write the code as the list does, GA, or pick Georgia from the list')
    expect(stateCodeProblem(' GA')).toBe('is " GA": write the code as the list does, GA, or pick Georgia from the list')
    for (const code of ['', 'toString', '__proto__']) expect(stateCodeProblem(code), code).toBeDefined()
  })

  it('the Studio offers every state by name and code, and only those', () => {
    expect(STATE_OPTIONS.map((option) => option.value)).toEqual(STATE_CODES)
    expect(STATE_OPTIONS).toContainEqual({title: 'Georgia (GA)', value: 'GA'})
    expect(STATE_OPTIONS).toContainEqual({title: 'Puerto Rico (PR)', value: 'PR'})
    for (const option of STATE_OPTIONS) expect(stateCodeProblem(option.value), option.title).toBeUndefined()
    // In the order of the names, as editors look for them.
    const titles = STATE_OPTIONS.map((option) => option.title)
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')))
  })

  it('every state has a time zone an event there can be in', () => {
    const zones = EVENT_TIME_ZONES.map((zone) => zone.value)
    for (const zone of ['America/Puerto_Rico', 'Pacific/Guam', 'Pacific/Pago_Pago', 'Pacific/Honolulu', 'America/Anchorage'])
      expect(zones).toContain(zone)
  })
})

describe('rules across fields', () => {
  const venue = {name: 'Hall', street: '1 Main St', city: 'Atlanta', state: 'GA', postalCode: '30303'}

  it('an event ends after it starts', () => {
    expect(eventEndProblem({start: '2026-12-03T18:00:00Z', end: '2026-12-03T19:00:00Z'})).toBeUndefined()
    expect(eventEndProblem({start: '2026-12-03T18:00:00Z', end: '2026-12-03T13:00:00-05:00'})).toBe(
      'must be after the start: check the end date and time',
    )
    expect(eventEndProblem({start: '2026-12-03T18:00:00Z', end: undefined})).toBeUndefined()
  })

  it('an event has what its format needs', () => {
    expect(eventVenueProblem({format: 'in-person', venue})).toBeUndefined()
    expect(eventVenueProblem({format: 'hybrid', venue: {}})).toMatch(/^needs a venue/)
    expect(eventVenueProblem({format: 'online', venue: null})).toBeUndefined()
    expect(eventOnlineLinkProblem({format: 'hybrid', onlineUrl: null})).toMatch(/add the link to join/)
    expect(eventOnlineLinkProblem({format: 'in-person', onlineUrl: null})).toBeUndefined()
  })

  it('a postponed or cancelled event says why', () => {
    expect(eventStatusNoteProblem({status: 'cancelled', statusNote: ' '})).toMatch(/tell visitors what changed/)
    expect(eventStatusNoteProblem({status: 'scheduled', statusNote: null})).toBeUndefined()
  })

  it('a resource has a file or a link, not both', () => {
    expect(resourceAccessProblem({hasFile: true, url: null})).toBeUndefined()
    expect(resourceAccessProblem({hasFile: false, url: 'https://example.org'})).toBeUndefined()
    expect(resourceAccessProblem({hasFile: true, url: 'https://example.org'})).toMatch(/not both/)
    expect(resourceAccessProblem({hasFile: false, url: null})).toMatch(/upload a file or add a link/)
  })

  it('support ends on or after the day it began', () => {
    expect(funderPeriodProblem({periodStart: '2025-06-01', periodEnd: '2025-06-01'})).toBeUndefined()
    expect(funderPeriodProblem({periodStart: '2025-06-01', periodEnd: '2025-05-31'})).toMatch(/before the date the support began/)
  })

  it('images have alt text and point at images; references at the right kind of document', () => {
    expect(imageAltProblem({hasAsset: true, alt: '  '})).toMatch(/describe the image/)
    expect(imageAltProblem({hasAsset: false, alt: undefined})).toBeUndefined()
    expect(assetProblem('image', 'image-abc-10x10-png')).toBeUndefined()
    expect(assetProblem('image', 'siteSettings')).toBe('points to "siteSettings", which is not an uploaded image: upload the image again')
    expect(referenceProblem('pillar', 'pillar-1', 'pillar')).toBeUndefined()
    expect(referenceProblem('activityType', 'x', null)).toBe(
      'points to the activity type "x", which does not exist or is not published: publish that activity type or remove the reference',
    )
    expect(referenceProblem('pillar', 'partner-noble', 'partner')).toBe(
      'points to "partner-noble", which is a partner, not a pillar: choose a pillar instead',
    )
  })
})

describe('impact figures', () => {
  it('need a value, date and source when typed, and none when the directory counts them', () => {
    expect(typedFigureFieldProblem('5', null)).toBeUndefined()
    expect(typedFigureFieldProblem(undefined, null)).toMatch(/^is required for a figure you type: .*"Count from the partnership directory"/)
    expect(typedFigureFieldProblem('  ', undefined)).toMatch(/^is required/)
    expect(typedFigureFieldProblem(undefined, 'cities')).toBeUndefined()
  })
})
