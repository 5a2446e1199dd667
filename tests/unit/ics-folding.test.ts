/** RFC 5545 line folding in calendar files: lines of at most 75 octets, continued after a space. */
import {describe, expect, it} from 'vitest'
import {calendarFile, type CalendarEvent} from '../../src/lib/ics'

const event = (title: string): CalendarEvent => ({
  uid: 'event-1@onecop',
  title,
  summary: 'Short.',
  start: '2027-01-14T23:00:00Z',
  end: '2027-01-15T01:00:00Z',
  timeZone: 'America/New_York',
  allDay: false,
  status: 'scheduled',
  url: 'https://onecop.example.org/events/forum/',
})

const NOW = new Date('2026-11-25T12:00:00Z')
const physicalLines = (title: string) =>
  calendarFile('Events', [event(title)], NOW)
    .split('\r\n')
    .slice(0, -1)
/** Undoes folding (RFC 5545 3.1): a line break followed by one space joins two lines. */
const logicalLines = (title: string) =>
  calendarFile('Events', [event(title)], NOW)
    .replace(/\r\n /g, '')
    .split('\r\n')
const octets = (line: string) => Buffer.byteLength(line, 'utf8')

describe('calendar line folding', () => {
  it('leaves a line of exactly 75 octets whole and folds one of 76', () => {
    const fits = 'a'.repeat(75 - 'SUMMARY:'.length)
    expect(physicalLines(fits)).toContain(`SUMMARY:${fits}`)
    const over = `${fits}b`
    expect(physicalLines(over)).toContain(`SUMMARY:${fits}`)
    expect(physicalLines(over)).toContain(' b')
  })

  it('keeps every line within 75 octets and gives back the text when unfolded', () => {
    const title = 'Community forum on trust, traffic stops and the precinct budget '.repeat(4).trim()
    for (const line of physicalLines(title)) expect(octets(line), line).toBeLessThanOrEqual(75)
    expect(logicalLines(title)).toContain(`SUMMARY:${title.replace(/,/g, '\\,')}`)
  })

  it('never splits a character that takes several octets', () => {
    const title = 'Día de la comunidad 🤝 con la policía y las congregaciones 🕊️ '.repeat(3).trim()
    const lines = physicalLines(title)
    for (const line of lines) {
      expect(octets(line), line).toBeLessThanOrEqual(75)
      // A split inside a character leaves a lone surrogate, or U+FFFD once written as UTF-8.
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line)
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(1)
    expect(logicalLines(title)).toContain(`SUMMARY:${title}`)
  })
})
