/**
 * Builds the Studio's desk structure in Node with Sanity's own structure builder, over a
 * minimal stand-in for a workspace (the real one needs a signed-in session with sanity.io).
 */
import {createStructureBuilder} from 'sanity/structure'
import config from '../../studio/sanity.config'
import {structure} from '../../studio/structure'
import {studioSchema} from './studio-validation'

/** One serialized desk item: what an editor sees in a pane, and what opens when it is clicked. */
export interface DeskItem {
  type: string
  id: string
  title?: string
  child?: {type?: string; id?: string; options?: Record<string, any>; items?: DeskItem[]}
}

/** The top-level desk items, serialized as the Studio would render them. */
export function serializedDesk(): DeskItem[] {
  const templates = (config.schema?.templates as (previous: unknown[]) => unknown[])([])
  const source = {
    schema: studioSchema,
    templates,
    i18n: {t: (key: string) => key},
    getClient: () => ({}),
    document: {resolveNewDocumentOptions: () => [], actions: () => [], badges: () => []},
    projectId: 'onecoptest',
    dataset: 'production',
    currentUser: null,
    __internal: {},
  }
  const S = createStructureBuilder({source: source as never, perspectiveStack: []})
  return (structure(S, source as never) as {serialize(): {items: DeskItem[]}}).serialize().items
}
