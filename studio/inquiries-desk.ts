import {EnvelopeIcon} from '@sanity/icons/Envelope'
import type {StructureBuilder, StructureResolverContext} from 'sanity/structure'
import {INQUIRY_STATUSES, SANITY_API_VERSION} from '@onecop/content-model'

/** Inquiries nobody has answered yet. */
export const NEW_INQUIRIES_FILTER = '_type == "inquiry" && status == "new"'

/** The states inquiries came from. */
export const INQUIRY_STATES_QUERY = 'array::unique(*[_type == "inquiry" && defined(state)].state)'

/** Inquiries from `$state`. */
export const INQUIRIES_IN_STATE_FILTER = '_type == "inquiry" && state == $state'

/** Inquiries with `$status`. */
export const INQUIRIES_WITH_STATUS_FILTER = '_type == "inquiry" && status == $status'

/** Requests for a file in another format still waiting for it: oldest first in the desk. */
export const WAITING_FORMAT_REQUESTS_FILTER = '_type == "inquiry" && kind == "format" && status in ["new", "contacted"]'

const newestFirst = [{field: 'receivedAt', direction: 'desc' as const}]

/**
 * Inquiries: what visitors sent through the site's forms, for editors to answer. New ones first
 * (newest on top); by state, by status; format requests oldest first, each saying how many days it
 * has waited (the inquiry's preview).
 */
export function inquiriesDeskItem(S: StructureBuilder, context: StructureResolverContext) {
  const list = (id: string, title: string, filter: string, params: Record<string, string> = {}) =>
    S.listItem()
      .id(id)
      .title(title)
      .child(
        S.documentTypeList('inquiry')
          .title(title)
          .apiVersion(SANITY_API_VERSION)
          .filter(filter)
          .params(params)
          .defaultOrdering(newestFirst),
      )
  return S.listItem()
    .id('inquiries')
    .title('Inquiries')
    .icon(EnvelopeIcon)
    .child(
      S.list()
        .title('Inquiries')
        .items([
          list('inquiries-new', 'New', NEW_INQUIRIES_FILTER),
          S.listItem()
            .id('inquiries-format-waiting')
            .title('Format requests waiting')
            .child(
              S.documentTypeList('inquiry')
                .title('Format requests waiting')
                .apiVersion(SANITY_API_VERSION)
                .filter(WAITING_FORMAT_REQUESTS_FILTER)
                .defaultOrdering([{field: 'receivedAt', direction: 'asc'}]),
            ),
          S.listItem()
            .id('inquiries-by-state')
            .title('By state')
            .child(async () => {
              const states = await context.getClient({apiVersion: SANITY_API_VERSION}).fetch<string[]>(INQUIRY_STATES_QUERY)
              return S.list()
                .title('Inquiries by state')
                .items([...states].sort().map((state) => list(`inquiries-state-${state}`, state, INQUIRIES_IN_STATE_FILTER, {state})))
            }),
          S.listItem()
            .id('inquiries-by-status')
            .title('By status')
            .child(
              S.list()
                .title('Inquiries by status')
                .items(
                  INQUIRY_STATUSES.map(({title, value}) =>
                    list(`inquiries-status-${value}`, title, INQUIRIES_WITH_STATUS_FILTER, {status: value}),
                  ),
                ),
            ),
          S.divider(),
          S.documentTypeListItem('inquiry').title('All inquiries'),
        ]),
    )
}
