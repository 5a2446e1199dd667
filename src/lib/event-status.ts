/** How an event's status reads wherever it is shown: badge, page notice, feed and calendar titles; in `locale`. */
import type {EVENT_STATUSES} from '@onecop/content-model'
import {DEFAULT_LOCALE, type Locale} from '../i18n/locales'
import {translations} from '../i18n/translations'

export type EventStatus = (typeof EVENT_STATUSES)[number]['value']

/** "Scheduled", "Postponed" or "Cancelled" (in English, the words editors pick in the Studio). */
export function statusLabel(status: EventStatus, locale: Locale = DEFAULT_LOCALE): string {
  return translations(locale).options.eventStatuses[status]
}

/** The first thing an event's page says when it is not going ahead as planned: "This event is cancelled". */
export function statusHeading(status: EventStatus, locale: Locale = DEFAULT_LOCALE): string {
  return translations(locale).event.statusHeading(statusLabel(status, locale))
}

/** A title as feeds and calendars list it: "CANCELLED: Title", or the title alone for a scheduled event. */
export function titleWithStatus(title: string, status: EventStatus, locale: Locale = DEFAULT_LOCALE): string {
  return status === 'scheduled' ? title : `${statusLabel(status, locale).toLocaleUpperCase(locale)}: ${title}`
}
