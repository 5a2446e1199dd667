/**
 * Ways an editor, an import or the API can get a document wrong: every field dropped, text
 * emptied or made of spaces, hand-typed slugs, bad and relative links, impossible dates,
 * dangling references, numbers out of range, images without alt text or file, and the
 * cross-field mistakes (an event that ends before it starts, a resource with a file and a link).
 * The parity test asks the Studio and the build about each one.
 */
import {RESERVED_PAGE_SLUGS} from '@onecop/content-model'
import {crossFieldMutations} from './cross-field-mutations'

export type Doc = Record<string, any>

/** One changed copy of a sample document, named for the report. */
export interface Mutation {
  name: string
  document: Doc
}

type Path = (string | number)[]

const HAND_TYPED_SLUGS = [
  'Hello World',
  'guía-rápida',
  'hello-',
  '-hello',
  'hello--world',
  'UPPER-case',
  'with_underscore',
  'dot.ted',
  ' padded ',
  'ok-2026',
  'x',
]
const BAD_LINKS = [
  'example.org',
  'www.example.org/page',
  '/relative/path',
  '../up',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<b>hi</b>',
  'vbscript:msgbox(1)',
  'ftp://example.org/file',
  'https://',
  'https:example.org',
  'http://exa mple.org',
  ' https://example.org',
  'mailto:',
  'mailto:someone@example.org',
  'http://localhost:8080/x',
]
const BAD_DATES = ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-4-1', '26-04-01', '2026/04/01', 'yesterday', '2024-02-29']
const BAD_DATE_TIMES = [
  '2026-02-30T10:00:00Z',
  '2026-11-25T25:00:00Z',
  '2026-11-25T10:61:00Z',
  '2026-11-25',
  '2026-11-25T10:00:00',
  'soon',
  '2026-11-25T10:00:00+05:00',
]
const BAD_EMAILS = [
  'not-an-email',
  'name@',
  '@example.org',
  'name@example',
  'name@example.org ',
  'na me@example.org',
  'ñame@example.org',
  'a@b.co',
]
const BAD_NUMBERS = [0, -1, 1.5, 6, 7, 99, 100, 1999, 2015, 2016, 2100, 2101, 1e9]
const EMPTY_TEXTS = ['', ' ', '   \t\n ']

const get = (doc: Doc, path: Path): any => path.reduce((value, key) => value?.[key], doc)

/** A deep copy of `doc` with the value at `path` replaced, or removed when `value` is `undefined`. */
function withValue(doc: Doc, path: Path, value: unknown): Doc {
  const copy = structuredClone(doc)
  const parent = get(copy, path.slice(0, -1))
  const key = path.at(-1)!
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else {
    parent[key] = structuredClone(value)
  }
  return copy
}

/** Every field of the document (at any depth, body text aside), with its path. */
function* fields(value: unknown, path: Path = []): Generator<[Path, unknown]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* fields(item, [...path, index])
    return
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (path.length === 0 && ['_id', '_type', '_rev', '_createdAt', '_updatedAt'].includes(key)) continue
      if (key === '_key' || key === '_type' || key === '_sanityAsset') continue
      // Portable Text: its links are mutated on purpose below; its spans and styles are free text.
      if (path.length === 0 && key === 'body') {
        yield [[key], item]
        continue
      }
      yield [[...path, key], item]
      yield* fields(item, [...path, key])
    }
  }
}

const label = (path: Path) =>
  path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .slice(1)

/** The mutations of one document; `dataset` supplies other documents' ids and slugs to collide with. */
export function mutationsOf(doc: Doc, dataset: Doc[]): Mutation[] {
  const mutations: Mutation[] = []
  const add = (name: string, document: Doc) => mutations.push({name: `${doc._type} ${doc._id}: ${name}`, document})
  const otherTypeId = dataset.find((other) => other._type !== doc._type && !other._type.startsWith('sanity.'))!._id

  for (const [path, value] of fields(doc)) {
    const at = label(path)
    // Drop it: the field left empty, or the list item removed.
    add(`${at} removed`, withValue(doc, path, undefined))
    if (value === null) continue
    if (typeof value === 'string') {
      const key = path.at(-1)
      for (const text of EMPTY_TEXTS) add(`${at} = ${JSON.stringify(text)}`, withValue(doc, path, text))
      if (key === '_ref') {
        add(`${at} dangling`, withValue(doc, path, 'no-such-document'))
        add(`${at} to a ${otherTypeId}`, withValue(doc, path, otherTypeId))
        continue
      }
      if (key === 'current') {
        for (const slug of [...HAND_TYPED_SLUGS, ...RESERVED_PAGE_SLUGS]) add(`${at} = ${JSON.stringify(slug)}`, withValue(doc, path, slug))
        const sibling = dataset.find((other) => other._type === doc._type && other._id !== doc._id && other.slug?.current)
        if (sibling) add(`${at} taken from ${sibling._id}`, withValue(doc, path, sibling.slug.current))
        continue
      }
      if (/^(https?|mailto):/.test(value)) for (const link of BAD_LINKS) add(`${at} = ${JSON.stringify(link)}`, withValue(doc, path, link))
      else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) for (const date of BAD_DATES) add(`${at} = ${date}`, withValue(doc, path, date))
      else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) for (const time of BAD_DATE_TIMES) add(`${at} = ${time}`, withValue(doc, path, time))
      else if (value.includes('@')) for (const email of BAD_EMAILS) add(`${at} = ${JSON.stringify(email)}`, withValue(doc, path, email))
      else {
        // Option values and other short codes: one the lists lack, and the right one in capitals.
        add(`${at} = "podcast"`, withValue(doc, path, 'podcast'))
        if (value !== value.toUpperCase()) add(`${at} in capitals`, withValue(doc, path, value.toUpperCase()))
        // A state code: two capitals off the list, a territory on it, and the right one in lower case.
        if (/^[A-Z]{2}$/.test(value))
          for (const code of ['ZZ', 'PR', value.toLowerCase()]) add(`${at} = "${code}"`, withValue(doc, path, code))
        add(`${at} = 42`, withValue(doc, path, 42))
      }
    } else if (typeof value === 'number') {
      for (const number of BAD_NUMBERS) add(`${at} = ${number}`, withValue(doc, path, number))
      add(`${at} = "3"`, withValue(doc, path, '3'))
    } else if (typeof value === 'boolean') {
      add(`${at} flipped`, withValue(doc, path, !value))
      add(`${at} = "yes"`, withValue(doc, path, 'yes'))
    } else if (Array.isArray(value)) {
      add(`${at} = []`, withValue(doc, path, []))
      if (value.length > 0) {
        const first = structuredClone(value[0])
        if (first && typeof first === 'object' && '_key' in first) first._key = `${first._key}copy`
        add(`${at} with its first item twice`, withValue(doc, path, [...value, first]))
      }
    } else if (value && typeof value === 'object') {
      add(`${at} = {}`, withValue(doc, path, {}))
      if ('_type' in value) add(`${at} = {_type} only`, withValue(doc, path, {_type: (value as Doc)._type}))
    }
  }
  mutations.push(...linkMutations(doc), ...crossFieldMutations(doc, dataset))
  return mutations.map((mutation) => ({
    ...mutation,
    name: mutation.name.startsWith(doc._type) ? mutation.name : `${doc._type} ${doc._id}: ${mutation.name}`,
  }))
}

/**
 * A link inside the body's rich text, with each bad address: in the body itself, or in each
 * language's version of a body translated in place.
 */
function linkMutations(doc: Doc): Mutation[] {
  const bodies: {path: Path; name: string}[] = Array.isArray(doc.body)
    ? doc.body.every((item: Doc) => 'language' in item)
      ? doc.body.map((item: Doc, index: number) => ({path: ['body', index, 'value'], name: `body (${String(item.language)})`}))
      : [{path: ['body'], name: 'body'}]
    : []
  return bodies.flatMap(({path, name}) => {
    const blocks = get(doc, path) as Doc[] | undefined
    const block = Array.isArray(blocks) ? blocks.findIndex((item) => item._type === 'block' && item.children?.length) : -1
    if (block < 0) return []
    return BAD_LINKS.map((href) => {
      const document = structuredClone(doc)
      const target = get(document, [...path, block])
      target.markDefs = [...(target.markDefs ?? []), {_key: 'mutated', _type: 'link', href}]
      target.children[0].marks = ['mutated']
      return {name: `${name} link = ${JSON.stringify(href)}`, document}
    })
  })
}
