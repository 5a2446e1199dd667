import {orderableDocumentListDeskItem} from '@sanity/orderable-document-list'
import {CalendarIcon} from '@sanity/icons/Calendar'
import {CogIcon} from '@sanity/icons/Cog'
import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {LinkIcon} from '@sanity/icons/Link'
import {TranslateIcon} from '@sanity/icons/Translate'
import {UsersIcon} from '@sanity/icons/Users'
import type {StructureBuilder, StructureResolver} from 'sanity/structure'
import {PARTNERSHIP_STATUSES, RESOURCE_TYPES, SANITY_API_VERSION, SITE_SETTINGS_ID} from '@onecop/content-model'
import {inquiriesDeskItem} from './inquiries-desk'

/** The states partnerships are listed under (the agency's). */
export const PARTNERSHIP_STATES_QUERY = 'array::unique(*[_type == "partnership" && defined(agency.state)].agency.state)'

/** Partnerships in `$state`. */
export const PARTNERSHIPS_IN_STATE_FILTER = '_type == "partnership" && agency.state == $state'

/** Partnerships with `$status`. */
export const PARTNERSHIPS_WITH_STATUS_FILTER = '_type == "partnership" && status == $status'

/** Events that have not ended yet, soonest first in the desk. */
export const UPCOMING_EVENTS_FILTER = '_type == "event" && dateTime(end) >= dateTime(now())'

/** Events that are over, most recent first in the desk. */
export const PAST_EVENTS_FILTER = '_type == "event" && dateTime(end) < dateTime(now())'

/** Translated types as the desk names them. Their lists show English originals only. */
const TRANSLATED_LISTS = [
  {type: 'programObjective', title: 'Objectives'},
  {type: 'pillar', title: 'Pillars'},
  {type: 'activityType', title: 'Activity types'},
  {type: 'page', title: 'Pages'},
] as const

/** English documents of `$type` (documents from before translations have no language: English). */
export const ENGLISH_FILTER = '_type == $type && coalesce(language, "en") == "en"'

/**
 * English documents of `$type` that no translation.metadata document links to a `$language`
 * version yet (a translation still in draft counts as started).
 */
export const MISSING_TRANSLATION_FILTER = `${ENGLISH_FILTER} && count(*[_type == "translation.metadata" && references(^._id)].translations[language == $language]) == 0`

/**
 * Events (translated field by field) with no `$language` title yet: the content model makes a
 * translation all of an event's text or none, so the title tells.
 */
export const EVENT_MISSING_TRANSLATION_FILTER = '_type == "event" && count(title[language == $language && defined(value)]) == 0'

/** The list of a translated type, English originals only (translations open from the Translations menu). */
function englishList(S: StructureBuilder, type: string, title: string) {
  return S.listItem()
    .id(type)
    .title(title)
    .schemaType(type)
    .child(S.documentTypeList(type).title(title).apiVersion(SANITY_API_VERSION).filter(ENGLISH_FILTER).params({type}))
}

/**
 * The desk, arranged by what editors look after: settings, the program, people, partnerships and
 * the inquiries that may become new ones, the library, the calendar and pages. Partners and funders are ordered by dragging.
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
              englishList(S, 'programObjective', 'Objectives'),
              englishList(S, 'pillar', 'Pillars'),
              englishList(S, 'activityType', 'Activity types'),
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
        .id('partnerships')
        .title('Partnerships')
        .icon(LinkIcon)
        .child(
          S.list()
            .title('Partnerships')
            .items([
              S.documentTypeListItem('partnership').title('All partnerships'),
              S.listItem()
                .id('partnerships-by-state')
                .title('By state')
                .child(async () => {
                  // The states that have partnerships, as the directory groups them (by the agency's state).
                  const states = await context.getClient({apiVersion: SANITY_API_VERSION}).fetch<string[]>(PARTNERSHIP_STATES_QUERY)
                  return S.list()
                    .title('Partnerships by state')
                    .items(
                      [...states].sort().map((state) =>
                        S.listItem()
                          .id(`partnerships-state-${state}`)
                          .title(state)
                          .child(
                            S.documentTypeList('partnership')
                              .title(`Partnerships in ${state}`)
                              .apiVersion(SANITY_API_VERSION)
                              .filter(PARTNERSHIPS_IN_STATE_FILTER)
                              .params({state}),
                          ),
                      ),
                    )
                }),
              S.listItem()
                .id('partnerships-by-status')
                .title('By status')
                .child(
                  S.list()
                    .title('Partnerships by status')
                    .items(
                      PARTNERSHIP_STATUSES.map(({title, value}) =>
                        S.listItem()
                          .id(`partnerships-status-${value}`)
                          .title(title)
                          .child(
                            S.documentTypeList('partnership')
                              .title(`${title} partnerships`)
                              .apiVersion(SANITY_API_VERSION)
                              .filter(PARTNERSHIPS_WITH_STATUS_FILTER)
                              .params({status: value}),
                          ),
                      ),
                    ),
                ),
            ]),
        ),
      inquiriesDeskItem(S, context),
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
      englishList(S, 'page', 'Pages'),
      S.divider(),
      S.listItem()
        .id('missing-es')
        .title('Missing Spanish translation')
        .icon(TranslateIcon)
        .child(
          S.list()
            .title('Missing Spanish translation')
            .items(
              TRANSLATED_LISTS.map(({type, title}) =>
                S.listItem()
                  .id(`missing-es-${type}`)
                  .title(title)
                  .schemaType(type)
                  .child(
                    S.documentTypeList(type)
                      .title(`${title} without a Spanish version`)
                      .apiVersion(SANITY_API_VERSION)
                      .filter(MISSING_TRANSLATION_FILTER)
                      .params({type, language: 'es'}),
                  ),
              ).concat(
                S.listItem()
                  .id('missing-es-event')
                  .title('Events')
                  .schemaType('event')
                  .child(
                    S.documentTypeList('event')
                      .title('Events without Spanish text')
                      .apiVersion(SANITY_API_VERSION)
                      .filter(EVENT_MISSING_TRANSLATION_FILTER)
                      .params({language: 'es'})
                      .defaultOrdering([{field: 'start', direction: 'asc'}]),
                  ),
              ),
            ),
        ),
    ])
