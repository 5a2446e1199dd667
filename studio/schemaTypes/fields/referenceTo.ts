import {defineArrayMember} from 'sanity'
import {referenceTypeRule} from '../rules/lookups'

/** A list item that references one document of `documentType`, and refuses any other kind. */
export function referenceTo(documentType: string) {
  return defineArrayMember({type: 'reference', to: [{type: documentType}], validation: (rule) => referenceTypeRule(rule, documentType)})
}
