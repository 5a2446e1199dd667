import {orderRankField} from '@sanity/orderable-document-list'

/** The hidden rank that drag-and-drop ordering in the desk writes; lists on the site sort by it. */
export function orderField(type: string) {
  return orderRankField({type, newItemPosition: 'after'})
}
