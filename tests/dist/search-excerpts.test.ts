/**
 * Search excerpts that read as the page does, in both editions of the sample build: Pagefind's own
 * search (`tests/support/pagefind-in-node.ts`) runs common queries, and every excerpt of every
 * result is words as the page writes them, from what the page says (its heading, summary, story or
 * body) and never from its facts ("Publisher: …Published: …"), which the index would otherwise
 * read as one run of text. The facts that are search words stay searchable: a resource's topics
 * (the Studio offers them as "words visitors might search for") and who a pairing brings together,
 * where, of which faith, and its liaisons (a search finds a pairing by its city or state, and
 * finds what each side agreed to publish: `docs/partnerships.md`).
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {ROOT} from '../support/astro-build'
import {openPagefind, type PagefindResult} from '../support/pagefind-in-node'
import {en} from '../../src/i18n/en'
import {es} from '../../src/i18n/es'
import {decodeEntities} from '../support/html-entities'

const DIST = join(ROOT, 'dist')

/** Words of the sample each edition's visitors would search for: topics, pillars, a publisher, a city, a faith. */
const EDITIONS = [
  {
    language: 'en',
    dictionary: en,
    queries: ['congregation', 'police', 'community', 'training', 'pillar', 'MovementForward', 'Atlanta', 'Muslim', 'getting started'],
  },
  {
    language: 'es',
    dictionary: es,
    queries: ['congregación', 'policía', 'comunidad', 'capacitación', 'pilar', 'MovementForward', 'Atlanta', 'musulmana', 'primeros pasos'],
  },
] as const

const decode = decodeEntities

/** Letters and digits only, in lower case: text compared whatever white space and punctuation lie between its words. */
const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/** A fact's term as the page writes it, its hidden ": " left out. */
const termOf = (dt: string) => decode(dt.replace(/<span class="sr-only">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '')).trim()

/** What a page says, as the excerpts may quote it: its `main` without scripts, fact terms or facts that are not search words. */
function quotableText(html: string, searchWords: Set<string>) {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? ''
  return main
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g, (_, dt: string, dd: string) =>
      searchWords.has(termOf(dt)) ? ` ${dd} ` : ' ',
    )
}

/** Words run together: a letter, digit or closing mark straight before a capital, or a middle dot without its spaces. */
const GLUED = /[\p{Ll}\p{N}.,;:)\]][\p{Lu}(]/u
const UNSPACED_DOT = /\S·|·\S/

/** What is wrong with one excerpt of the page `html`, if anything. */
function excerptProblems(result: PagefindResult, html: string, searchWords: Set<string>, terms: Set<string>): string[] {
  const excerpt = decode(result.excerpt.replace(/<\/?mark>/g, ''))
  const quotable = quotableText(html, searchWords)
  // A word with a capital inside ("OneCOP", "U.S.") is fine where the page writes it so, in one piece of text.
  const pieces = quotable.split(/<[^>]+>/).map(decode)
  const problems: string[] = []
  for (const word of excerpt.split(/\s+/)) {
    const core = word.replace(/[.,;:!?]+$/, '')
    if (UNSPACED_DOT.test(word) || (GLUED.test(core) && !pieces.some((piece) => piece.includes(core)))) problems.push(`runs words together: "${word}"`)
  }
  for (const term of terms) if (excerpt.includes(`${term}:`)) problems.push(`quotes the fact term "${term}:"`)
  // Sentence by sentence: Pagefind joins the text on either side of what it skips (a `nav`, a `form`).
  const quotableLetters = lettersOf(pieces.join(''))
  for (const sentence of excerpt.split(/(?<=[.!?])\s+/))
    if (!quotableLetters.includes(lettersOf(sentence))) problems.push(`quotes "${sentence}", which the page does not say outside its facts`)
  return problems.map((problem) => `${result.url} ${problem}: ${excerpt}`)
}

describe.each(EDITIONS)('search excerpts in the $language edition', ({language, dictionary, queries}) => {
  let search: Awaited<ReturnType<typeof openPagefind>>
  const {facts} = dictionary.partnerships
  const searchWords = new Set([dictionary.resource.topics, facts.congregation, facts.faith, facts.lawEnforcement, facts.liaisons])

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
    search = await openPagefind(DIST, language)
  })
  afterAll(() => search?.close())

  it.each(queries)('read as the page does, from what it says, for "%s"', async (query) => {
    const results = await search.search(query)
    expect(results.length, 'the query finds pages').toBeGreaterThan(0)
    const pages = await Promise.all(results.map((result) => readFile(join(DIST, result.url, 'index.html'), 'utf8')))
    // Every fact term of the pages found: none may reach an excerpt.
    const terms = new Set(pages.flatMap((html) => [...html.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>/g)].map((match) => termOf(match[1]))))
    const problems = results.flatMap((result, index) => excerptProblems(result, pages[index], searchWords, terms))
    expect(problems).toEqual([])
  })
})

describe('facts that are search words', () => {
  let search: Awaited<ReturnType<typeof openPagefind>>
  beforeAll(async () => {
    search = await openPagefind(DIST, 'en')
  })
  afterAll(() => search?.close())

  it("still find a resource by a topic its summary and body do not use, and a pairing by its congregation's street or faith", async () => {
    const urls = async (query: string) => (await search.search(query)).map((result) => result.url)
    expect(await urls('crime prevention')).toContain('/resources/crime-prevention-template/')
    expect(await urls('100 Sample Street')).toContain('/partnerships/ga/greater-hope-baptist-church-atlanta/')
    expect(await urls('Muslim')).toContain('/partnerships/ga/masjid-al-noor-of-east-atlanta-atlanta/')
  })
})
