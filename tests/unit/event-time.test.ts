import {describe, expect, it} from 'vitest'
import {formatEventDate as dateOf, formatEventTime as timeOf, isUpcoming, upcomingAndPast, type EventTiming} from '../../src/lib/event-time'

// ICU puts thin and narrow no-break spaces around the dash and before AM/PM; compare words.
const plain = (text: string) => text.replace(/\s+/g, ' ')
const formatEventDate = (event: EventTiming) => plain(dateOf(event))
const formatEventTime = (event: EventTiming) => plain(timeOf(event))

describe("event times in the event's own time zone", () => {
  it('names the zone as it is on that date, across a daylight-saving change', () => {
    // Chicago: 7 PM on Oct 21 2026 is CDT (UTC-5); 10 AM on Dec 3 in Denver is MST (UTC-7).
    expect(formatEventTime({start: '2026-10-22T00:00:00Z', end: '2026-10-22T01:30:00Z', timeZone: 'America/Chicago', allDay: false})).toBe(
      '7:00 – 8:30 PM Central Daylight Time',
    )
    expect(formatEventTime({start: '2026-12-03T17:00:00Z', end: '2026-12-03T18:30:00Z', timeZone: 'America/Denver', allDay: false})).toBe(
      '10:00 – 11:30 AM Mountain Standard Time',
    )
    expect(formatEventTime({start: '2026-11-08T20:00:00Z', end: '2026-11-08T21:30:00Z', timeZone: 'America/New_York', allDay: false})).toBe(
      '3:00 – 4:30 PM Eastern Standard Time',
    )
  })

  it('gives the local date, which may differ from the UTC date', () => {
    // 6:30 PM in Atlanta on Dec 10 is already Dec 11 in UTC.
    expect(formatEventDate({start: '2026-12-10T23:30:00Z', end: '2026-12-11T01:00:00Z', timeZone: 'America/New_York', allDay: false})).toBe(
      'Thursday, December 10, 2026',
    )
  })

  it("shows an all-day event's days without its closing midnight", () => {
    const allDay = {start: '2027-03-06T06:00:00Z', end: '2027-03-07T06:00:00Z', timeZone: 'America/Chicago', allDay: true}
    expect(formatEventDate(allDay)).toBe('Saturday, March 6, 2027')
    expect(formatEventTime(allDay)).toBe('All day (Central Standard Time)')
    expect(formatEventDate({...allDay, end: '2027-03-08T06:00:00Z'})).toBe('March 6 – 7, 2027')
  })

  it('reads in Spanish on a Spanish page, the zone named in Spanish', () => {
    const allDay = {start: '2027-03-06T06:00:00Z', end: '2027-03-07T06:00:00Z', timeZone: 'America/Chicago', allDay: true}
    expect(plain(dateOf(allDay, 'es'))).toBe('sábado, 6 de marzo de 2027')
    expect(plain(timeOf(allDay, 'es'))).toBe('Todo el día (hora estándar central)')
    expect(plain(timeOf({...allDay, end: '2027-03-06T07:30:00Z', allDay: false}, 'es'))).toBe('12:00–1:30 a.m. hora estándar central')
  })

  it('counts an event as upcoming until it ends', () => {
    const event = {end: '2026-11-25T20:00:00Z'}
    expect(isUpcoming(event, new Date('2026-11-25T19:59:00Z'))).toBe(true)
    expect(isUpcoming(event, new Date('2026-11-25T20:01:00Z'))).toBe(false)
  })

  it('splits events at the build: to come soonest first, then past latest first', () => {
    const events = ['2026-11-01', '2026-11-10', '2026-12-01', '2027-01-01'].map((day) => ({end: `${day}T12:00:00Z`}))
    const {upcoming, past} = upcomingAndPast(events, new Date('2026-11-20T00:00:00Z'))
    expect(upcoming.map((event) => event.end.slice(0, 10))).toEqual(['2026-12-01', '2027-01-01'])
    expect(past.map((event) => event.end.slice(0, 10))).toEqual(['2026-11-10', '2026-11-01'])
  })
})
