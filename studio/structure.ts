import {orderableDocumentListDeskItem} from '@sanity/orderable-document-list'
import {CalendarIcon} from '@sanity/icons/Calendar'
import {CogIcon} from '@sanity/icons/Cog'
import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {UsersIcon} from '@sanity/icons/Users'
import type {StructureResolver} from 'sanity/structure'
import {RESOURCE_TYPES, SANITY_API_VERSION, SITE_SETTINGS_ID} from '@onecop/content-model'

/** Events that have not ended yet, soonest first in the desk. */
export const UPCOMING_EVENTS_FILTER = '_type == "event" && dateTime(end) >= dateTime(now())'

/** Events that are over, most recent first in the desk. */
export const PAST_EVENTS_FILTER = '_type == "event" && dateTime(end) < dateTime(now())'

/**
 * The desk, arranged by what editors look after: settings, the program, people, the library,
 * the calendar and pages. Partners and funders are ordered by dragging.
 */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('OneCOP')
    .items([
      S.listItem()
        .title('Settings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
      S.divider(),
      S.listItem()
        .title('Program')
        .child(
          S.list()
            .title('Program')
            .items([
              S.documentTypeListItem('programObjective').title('Objectives'),
              S.documentTypeListItem('pillar').title('Pillars'),
              S.documentTypeListItem('activityType').title('Activity types'),
            ]),
        ),
      S.listItem()
        .title('People')
        .icon(UsersIcon)
        .child(
          S.list()
            .title('People')
            .items([
              orderableDocumentListDeskItem({type: 'partner', title: 'Partners (drag to order)', S, context}),
              orderableDocumentListDeskItem({type: 'funder', title: 'Funders (drag to order)', S, context}),
            ]),
        ),
      S.listItem()
        .title('Library')
        .icon(DocumentTextIcon)
        .child(
          S.list()
            .title('Library')
            .items([
              S.documentTypeListItem('resource').title('All resources'),
              S.divider(),
              ...RESOURCE_TYPES.map(({title, value}) =>
                S.listItem()
                  .id(`resources-${value}`)
                  .title(title)
                  .child(
                    S.documentTypeList('resource')
                      .title(title)
                      .apiVersion(SANITY_API_VERSION)
                      .filter('_type == "resource" && resourceType == $type')
                      .params({type: value})
                      .initialValueTemplates([S.initialValueTemplateItem('resource-by-type', {resourceType: value})]),
                  ),
              ),
            ]),
        ),
      S.listItem()
        .title('Calendar')
        .icon(CalendarIcon)
        .child(
          S.list()
            .title('Calendar')
            .items([
              S.listItem()
                .id('events-upcoming')
                .title('Upcoming events')
                .child(
                  S.documentTypeList('event')
                    .title('Upcoming events')
                    .apiVersion(SANITY_API_VERSION)
                    .filter(UPCOMING_EVENTS_FILTER)
                    .defaultOrdering([{field: 'start', direction: 'asc'}]),
                ),
              S.listItem()
                .id('events-past')
                .title('Past events')
                .child(
                  S.documentTypeList('event')
                    .title('Past events')
                    .apiVersion(SANITY_API_VERSION)
                    .filter(PAST_EVENTS_FILTER)
                    .defaultOrdering([{field: 'start', direction: 'desc'}]),
                ),
            ]),
        ),
      S.documentTypeListItem('page').title('Pages'),
    ])
