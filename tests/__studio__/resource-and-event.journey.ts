/**
 * Journeys g and h: an editor adds a resource and an event. The resource is created from
 * Library › All resources: title, Generate for the web address, type, who it is written for, a
 * pillar, a link (a file OR a link, as the shared rule asks), publisher, date and summary; once
 * published, the site built from the Content Lake has its page. The event is created from
 * Calendar › Upcoming events: English title (events are translated field by field), Generate,
 * activity type, start and end, online with its link, and an English summary; then published.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {astroBuild} from '../support/astro-build'
import {expect, test} from './fixtures'
import {
  choose,
  createFromList,
  expectCanPublish,
  field,
  generateSlug,
  listReady,
  pick,
  picture,
  publish,
  referTo,
  tick,
  typeDate,
  typeInLanguage,
  typeInto,
} from './studio-steps'

const RESOURCE = {
  title: 'Hosting a Precinct Open House: A Checklist for Congregations',
  slug: 'hosting-a-precinct-open-house-a-checklist-for-congregations',
  url: 'https://onecop.example.org/files/precinct-open-house-checklist.pdf',
  publisher: 'MovementForward, Inc.',
  summary: 'What to plan, who to invite and how to follow up when a congregation opens its doors to its precinct.',
}

test('a resource: created from the Library, addressed, typed, linked, published, and on the built site', async ({studio}) => {
  // The site's build waits its turn behind other journeys' builds on this machine (astroBuild).
  test.setTimeout(480_000)
  const {page, lake} = studio

  await studio.open('/structure/library;resource')
  await listReady(page, 'OneCOP at a Glance')
  await createFromList(page, 'All resources', 'title')
  await typeInto(page, 'title', RESOURCE.title)
  await generateSlug(page, RESOURCE.slug)
  await choose(page, 'resourceType', 'Guide')
  await tick(page, 'audience', 'Congregations')
  await referTo(page, 'pillars', 'Building Trust & Legitimacy')
  await typeInto(page, 'url', RESOURCE.url)
  await typeInto(page, 'publisher', RESOURCE.publisher)
  await typeDate(page, 'publishedAt', '2026-11-30')
  await typeInto(page, 'summary', RESOURCE.summary)
  await field(page, 'url').scrollIntoViewIfNeeded()
  // Once validation has settled: until then every field just typed shows red.
  await expectCanPublish(page)
  await picture(page, 'resource-form')
  const id = await publish(page, lake)
  await picture(page, 'resource-published')

  // Published in the Content Lake as typed: a link, and no file.
  const published = lake.store.get(id)
  expect(published).toMatchObject({
    _type: 'resource',
    title: RESOURCE.title,
    slug: {current: RESOURCE.slug},
    resourceType: 'guide',
    audience: ['congregations'],
    pillars: [{_type: 'reference', _ref: 'pillar-1'}],
    language: 'en',
    url: RESOURCE.url,
    publisher: RESOURCE.publisher,
    publishedAt: '2026-11-30',
    summary: RESOURCE.summary,
  })
  expect(published?.file, 'no file as well as the link').toBeUndefined()

  // The site built from the Content Lake has the resource's page, with its title and link.
  const site = await mkdtemp(join(tmpdir(), 'onecop-journey-resource-'))
  try {
    const build = await astroBuild(site, {SANITY_PROJECT_ID: lake.projectId, SANITY_API_HOST: lake.httpUrl})
    expect(build.code, build.output).toBe(0)
    const html = await readFile(join(site, `resources/${RESOURCE.slug}/index.html`), 'utf8')
    expect(html).toContain(`<h1`)
    expect(html).toContain(RESOURCE.title)
    expect(html).toContain(RESOURCE.url)
  } finally {
    await rm(site, {recursive: true, force: true})
  }
})

const EVENT = {
  title: 'Winter Faith and Safety Forum, Online',
  slug: 'winter-faith-and-safety-forum-online',
  onlineUrl: 'https://meet.example.org/onecop-winter-forum',
  summary: 'Pastors and precinct commanders compare notes on a year of partnership, and plan the spring.',
}

test('an event: created from the Calendar in English, addressed, timed, online with its link, published', async ({studio}) => {
  const {page, lake} = studio

  await studio.open('/structure/calendar;events-upcoming')
  await listReady(page, 'Westside Quarterly Safety Briefing')
  await createFromList(page, 'Upcoming events', 'slug')
  await typeInLanguage(page, 'title', 'English', EVENT.title)
  await generateSlug(page, EVENT.slug)
  await referTo(page, 'activityType', 'Police and community forum')
  await typeDate(page, 'start', '2027-02-10 18:00')
  await typeDate(page, 'end', '2027-02-10 19:30')
  await pick(page, 'format', 'Online')
  await typeInto(page, 'onlineUrl', EVENT.onlineUrl)
  await typeInLanguage(page, 'summary', 'English', EVENT.summary)
  await field(page, 'start').scrollIntoViewIfNeeded()
  // Once validation has settled: until then every field just typed shows red.
  await expectCanPublish(page)
  await picture(page, 'event-form')
  const id = await publish(page, lake)
  await picture(page, 'event-published')

  const published = lake.store.get(id)
  expect(published).toMatchObject({
    _type: 'event',
    slug: {current: EVENT.slug},
    activityType: {_ref: 'activity-police-community-forum'},
    status: 'scheduled',
    format: 'online',
    onlineUrl: EVENT.onlineUrl,
    timeZone: 'America/New_York',
  })
  expect(published?.title).toEqual([expect.objectContaining({language: 'en', value: EVENT.title})])
  expect(published?.summary).toEqual([expect.objectContaining({language: 'en', value: EVENT.summary})])
  // 18:00 to 19:30 as typed, in the browser's time zone, stored as instants.
  const hours = (value: unknown) => (Date.parse(String(value)) - Date.parse(String(published?.start))) / 3_600_000
  expect(new Date(String(published?.start)).getFullYear()).toBe(2027)
  expect(hours(published?.end)).toBe(1.5)
  expect(published?.venue, 'no venue for an online event').toBeUndefined()
})
