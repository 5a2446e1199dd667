/** How an event's status reads wherever it is shown: badge, page notice, feed and calendar titles. */
import {EVENT_STATUSES, optionTitle} from '@onecop/content-model'

export type EventStatus = (typeof EVENT_STATUSES)[number]['value']

/** "Scheduled", "Postponed" or "Cancelled": the words editors pick in the Studio. */
export function statusLabel(status: EventStatus): string {
  return optionTitle(EVENT_STATUSES, status)
}

/** The first thing an event's page says when it is not going ahead as planned: "This event is cancelled". */
export function statusHeading(status: EventStatus): string {
  return `This event is ${statusLabel(status).toLowerCase()}`
}

/** A title as feeds and calendars list it: "CANCELLED: Title", or the title alone for a scheduled event. */
export function titleWithStatus(title: string, status: EventStatus): string {
  return status === 'scheduled' ? title : `${statusLabel(status).toUpperCase()}: ${title}`
}
