/** An event's status reads the same on its card, its page, in the feed and in calendar files. */
import {describe, expect, it} from 'vitest'
import {statusHeading, statusLabel, titleWithStatus} from '../../src/lib/event-status'

describe('event status', () => {
  it('is labelled with the words editors pick in the Studio', () => {
    expect(statusLabel('scheduled')).toBe('Scheduled')
    expect(statusLabel('postponed')).toBe('Postponed')
    expect(statusLabel('cancelled')).toBe('Cancelled')
  })

  it('heads the page of an event that is not going ahead as planned', () => {
    expect(statusHeading('cancelled')).toBe('This event is cancelled')
    expect(statusHeading('postponed')).toBe('This event is postponed')
  })

  it('prefixes feed and calendar titles, except for a scheduled event', () => {
    expect(titleWithStatus('Forum', 'scheduled')).toBe('Forum')
    expect(titleWithStatus('Forum', 'postponed')).toBe('POSTPONED: Forum')
    expect(titleWithStatus('Forum', 'cancelled')).toBe('CANCELLED: Forum')
  })

  it('reads in the language of the page, feed or calendar it is shown in', () => {
    expect(statusLabel('postponed', 'es')).toBe('Pospuesto')
    expect(statusHeading('cancelled', 'es')).toBe('Este evento está cancelado')
    expect(titleWithStatus('Foro', 'cancelled', 'es')).toBe('CANCELADO: Foro')
  })
})
