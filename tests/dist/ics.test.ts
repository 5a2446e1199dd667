/** The built calendar files parse with a real iCalendar parser and give the right instants. */
import {beforeAll, describe, expect, it} from 'vitest'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import ICAL from 'ical.js'
import {ROOT} from '../support/astro-build'
import {sampleDocuments} from '../support/sample-dataset'

const DIST = join(ROOT, 'dist')
let events: Record<string, any>[]

beforeAll(async () => {
  events = (await sampleDocuments()).filter((doc) => doc._type === 'event')
})

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

describe('calendar files', () => {
  it('give each event its exact start and end, in every time zone and across daylight-saving changes', async () => {
    const zones = new Set<string>()
    for (const event of events.filter((e) => !e.allDay)) {
      const [parsed] = parseCalendar(await readFile(join(DIST, 'events', `${event.slug.current}.ics`), 'utf8'))
      expect(parsed.uid).toBe(`${event._id}@onecop`)
      expect(parsed.startDate.toJSDate().toISOString()).toBe(new Date(event.start).toISOString())
      expect(parsed.endDate.toJSDate().toISOString()).toBe(new Date(event.end).toISOString())
      zones.add(event.timeZone)
    }
    expect(zones.size).toBeGreaterThanOrEqual(3)
    // Before and after the 2026 change from daylight to standard time (November 1).
    const offsets = new Set(
      events
        .filter((e) => e.timeZone === 'America/New_York' && !e.allDay)
        .map(
          (e) =>
            new Date(e.start).getUTCHours() -
            Number(new Intl.DateTimeFormat('en-US', {timeZone: e.timeZone, hour: 'numeric', hourCycle: 'h23'}).format(new Date(e.start))),
        ),
    )
    expect(offsets.size).toBe(2)
  })

  it('write an all-day event as dates in its own zone', async () => {
    const allDay = events.find((e) => e.allDay)!
    const [parsed] = parseCalendar(await readFile(join(DIST, 'events', `${allDay.slug.current}.ics`), 'utf8'))
    expect(parsed.startDate.isDate).toBe(true)
    expect(parsed.startDate.toString()).toBe('2027-03-06')
    expect(parsed.endDate.toString()).toBe('2027-03-07')
  })

  it('mark a cancelled event as cancelled', async () => {
    const cancelled = events.find((e) => e.status === 'cancelled')!
    const [parsed] = parseCalendar(await readFile(join(DIST, 'events', `${cancelled.slug.current}.ics`), 'utf8'))
    expect(parsed.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(parsed.summary).toMatch(/^CANCELLED: /)
  })

  it('/events.ics holds every event that had not ended when the site was built', async () => {
    const parsed = parseCalendar(await readFile(join(DIST, 'events.ics'), 'utf8'))
    const builtAt = (await import('node:fs')).statSync(join(DIST, 'events.ics')).mtime
    const expected = events
      .filter((e) => new Date(e.end) >= builtAt)
      .map((e) => `${e._id}@onecop`)
      .sort()
    expect(parsed.map((event) => event.uid).sort()).toEqual(expected)
    expect(parsed.length).toBeGreaterThan(0)
  })
})
