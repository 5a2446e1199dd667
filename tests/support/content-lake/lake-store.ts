/**
 * The documents of the local Content Lake and how they change: Sanity's mutations (applied with
 * `@sanity/mutator`, the Studio's own engine) and the Actions API the Studio saves and publishes
 * with, each transaction giving every document it touches a new `_rev` and telling the listeners
 * what happened, in the Content Lake's event format (`previousRev` → `resultRev`, the mutations,
 * mendoza effects, the transaction's id and size).
 */
import {randomUUID} from 'node:crypto'
import {Mutation} from '@sanity/mutator'
import {evaluate, parse} from 'groq-js'

export type LakeDocument = {_id: string; _type: string; _rev?: string; _createdAt?: string; _updatedAt?: string; [field: string]: unknown}

/** A mutation of the Mutations API (`{create}`, `{patch}`...), targeting one document. */
export type LakeMutation = Record<string, any>

/** One document's change in a committed transaction, as the listener reports it. */
export interface LakeMutationEvent {
  type: 'mutation'
  eventId: string
  documentId: string
  transactionId: string
  transition: 'appear' | 'update' | 'disappear'
  identity: string
  mutations: LakeMutation[]
  previousRev?: string
  resultRev: string
  timestamp: string
  effects: {apply: unknown[]; revert: unknown[]}
  visibility: 'query' | 'transaction'
  transactionTotalEvents: number
  transactionCurrentEvent: number
  /** Not on the wire: the document before and after, for listeners' filters and webhooks. */
  before?: LakeDocument
  after?: LakeDocument
}

/** An action of the Actions API (`sanity.action.document.*`). */
export type LakeAction = {actionType: string; [field: string]: any}

/** A refusal the API answers with 409 (a conflict) or 400. */
export class LakeError extends Error {
  constructor(
    message: string,
    readonly status = 409,
  ) {
    super(message)
  }
}

const draftOf = (id: string) => (id.startsWith('drafts.') ? id : `drafts.${id}`)
const newRev = () => randomUUID().replace(/-/g, '').slice(0, 22)

export class LakeStore {
  private readonly documents = new Map<string, LakeDocument>()
  private readonly subscribers = new Set<(events: LakeMutationEvent[]) => void>()

  constructor(documents: LakeDocument[]) {
    const now = new Date().toISOString()
    for (const doc of documents) this.documents.set(doc._id, {_rev: newRev(), _createdAt: now, _updatedAt: now, ...structuredClone(doc)})
  }

  all(): LakeDocument[] {
    return [...this.documents.values()]
  }

  get(id: string): LakeDocument | undefined {
    return this.documents.get(id)
  }

  /** Calls `listener` with the events of every committed transaction; returns a way to stop. */
  subscribe(listener: (events: LakeMutationEvent[]) => void): () => void {
    this.subscribers.add(listener)
    return () => this.subscribers.delete(listener)
  }

  /**
   * Applies Mutations API mutations as one transaction, in order (a patch may follow the
   * `createIfNotExists` of its document); a patch or delete may select its documents by a query.
   */
  async mutate(mutations: LakeMutation[], transactionId = newRev(), identity = 'p-editor'): Promise<LakeMutationEvent[]> {
    const working = new Map<string, LakeDocument | null>()
    const mutationsOf = new Map<string, LakeMutation[]>()
    const read = (id: string) => (working.has(id) ? working.get(id)! : (this.documents.get(id) ?? null))
    for (const mutation of mutations) {
      const [kind, body] = Object.entries(mutation)[0] as [string, any]
      const selected = kind === 'patch' || kind === 'delete' ? body.id : body._id
      const ids: string[] = selected ? [selected] : body.query ? await this.idsMatching(body.query, body.params ?? {}) : []
      if (!selected && !body.query) throw new LakeError(`${kind} without a document id`, 400)
      for (const id of ids) {
        const current = read(id)
        if (kind === 'create' && current) throw new LakeError(`Document by ID "${id}" already exists`)
        if (kind === 'patch' && !current) throw new LakeError(`Document "${id}" not found`)
        // Creating what exists already is no change at all: no new revision, no event.
        if (kind === 'createIfNotExists' && current) continue
        // One document's own mutation: a patch by query becomes a patch of each document it selects.
        const {query: _query, params: _params, ...patch} = body
        const single = kind === 'patch' ? {patch: {...patch, id}} : kind === 'delete' ? {delete: {id}} : mutation
        working.set(id, new Mutation({mutations: [single]}).apply(current) as LakeDocument | null)
        mutationsOf.set(id, [...(mutationsOf.get(id) ?? []), single])
      }
    }
    return this.commit(
      transactionId,
      identity,
      [...working].map(([id, next]) => ({id, next, mutations: mutationsOf.get(id)!})),
    )
  }

  /** The ids of the documents a query selects (`*[...]`), as a delete or patch by query names them. */
  private async idsMatching(query: string, params: Record<string, unknown>): Promise<string[]> {
    const result = await (await evaluate(parse(query, {params}), {dataset: this.all(), params})).get()
    return (Array.isArray(result) ? result : [result]).flatMap((doc) =>
      doc && typeof doc === 'object' && '_id' in doc ? [String(doc._id)] : [],
    )
  }

  /** Applies Actions API actions as one transaction, as the Studio saves, publishes and unpublishes. */
  act(actions: LakeAction[], transactionId = newRev(), identity = 'p-editor'): LakeMutationEvent[] {
    // Actions apply in order; later ones see earlier ones' results.
    const working = new Map<string, LakeDocument | null>()
    const mutationsOf = new Map<string, LakeMutation[]>()
    const read = (id: string) => (working.has(id) ? working.get(id)! : (this.documents.get(id) ?? null))
    const write = (id: string, doc: LakeDocument | null, mutation: LakeMutation) => {
      working.set(id, doc)
      mutationsOf.set(id, [...(mutationsOf.get(id) ?? []), mutation])
    }
    for (const action of actions) {
      const {publishedId} = action
      const draftId: string = action.draftId ?? draftOf(publishedId)
      switch (action.actionType) {
        case 'sanity.action.document.create': {
          const id: string = action.attributes._id ?? draftId
          if (read(id) && action.ifExists !== 'ignore') throw new LakeError(`Document by ID "${id}" already exists`)
          if (!read(id)) write(id, {...action.attributes, _id: id}, {create: {...action.attributes, _id: id}})
          break
        }
        case 'sanity.action.document.edit': {
          let draft = read(draftId)
          if (!draft) {
            const published = read(publishedId)
            if (!published) throw new LakeError(`Cannot edit "${publishedId}": it has neither a draft nor a published version`)
            draft = {...structuredClone(published), _id: draftId}
            write(draftId, draft, {createIfNotExists: draft})
          }
          const patch = {patch: {...action.patch, id: draftId}}
          write(draftId, new Mutation({mutations: [patch]}).apply(draft) as LakeDocument, patch)
          break
        }
        case 'sanity.action.document.replaceDraft':
          write(draftId, {...action.attributes, _id: draftId}, {createOrReplace: {...action.attributes, _id: draftId}})
          break
        case 'sanity.action.document.publish': {
          const draft = read(draftId)
          if (!draft) throw new LakeError(`Cannot publish "${publishedId}": it has no draft`)
          const published = read(publishedId)
          if (action.ifPublishedRevisionId && published?._rev !== action.ifPublishedRevisionId) {
            throw new LakeError(`Cannot publish "${publishedId}": it changed since the Studio read it`)
          }
          const {_rev, ...content} = draft
          write(publishedId, {...content, _id: publishedId}, {createOrReplace: {...content, _id: publishedId}})
          write(draftId, null, {delete: {id: draftId}})
          break
        }
        case 'sanity.action.document.unpublish': {
          const published = read(publishedId)
          if (!published) throw new LakeError(`Cannot unpublish "${publishedId}": it is not published`)
          if (!read(draftId)) write(draftId, {...published, _id: draftId}, {create: {...published, _id: draftId}})
          write(publishedId, null, {delete: {id: publishedId}})
          break
        }
        case 'sanity.action.document.discard':
          if (!read(draftId)) throw new LakeError(`Cannot discard "${draftId}": there is no draft`)
          write(draftId, null, {delete: {id: draftId}})
          break
        case 'sanity.action.document.delete':
          for (const id of [publishedId, ...(action.includeDrafts ?? [draftId])]) if (read(id)) write(id, null, {delete: {id}})
          break
        default:
          throw new LakeError(`The local Content Lake does not know the action ${action.actionType}`, 400)
      }
    }
    return this.commit(
      transactionId,
      identity,
      [...working].map(([id, next]) => ({id, next, mutations: mutationsOf.get(id)!})),
    )
  }

  /** Stores a transaction's results with new revisions and tells the subscribers. */
  private commit(transactionId: string, identity: string, changes: {id: string; next: LakeDocument | null; mutations: LakeMutation[]}[]) {
    const timestamp = new Date().toISOString()
    const events = changes.map(({id, next, mutations}, index): LakeMutationEvent => {
      const before = this.documents.get(id)
      const resultRev = newRev()
      const after = next
        ? {...next, _id: id, _rev: resultRev, _createdAt: before?._createdAt ?? timestamp, _updatedAt: timestamp}
        : undefined
      if (after) this.documents.set(id, after)
      else this.documents.delete(id)
      const withoutRev = (doc?: LakeDocument) => (doc ? Object.fromEntries(Object.entries(doc).filter(([key]) => key !== '_rev')) : null)
      return {
        type: 'mutation',
        eventId: `${transactionId}#${id}`,
        documentId: id,
        transactionId,
        transition: !before ? 'appear' : !after ? 'disappear' : 'update',
        identity,
        mutations,
        previousRev: before?._rev,
        resultRev,
        timestamp,
        // Mendoza's "value" opcode: the patch that yields the whole document (or none).
        effects: {apply: [0, withoutRev(after)], revert: [0, withoutRev(before)]},
        visibility: 'query',
        transactionTotalEvents: changes.length,
        transactionCurrentEvent: index + 1,
        before,
        after,
      }
    })
    for (const subscriber of this.subscribers) subscriber(events)
    return events
  }
}
