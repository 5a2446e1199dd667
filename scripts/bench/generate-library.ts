/**
 * A resource library of any size for the bench, made from the sample dataset: every document of
 * the sample except its resources, plus `count` resources cloned from the sample's own, as links
 * (no file assets), with varied titles, types, pillars, audiences, years (2005–2026) and
 * languages. Seeded, so every run makes the same library. Written as an NDJSON export beside
 * links to the sample's `images/` and `files/`, which is what a build with `SAMPLE_DATASET` reads.
 * As a command: node scripts/bench/generate-library.ts 10000 /tmp/library
 */
import {readFileSync, symlinkSync, writeFileSync, mkdirSync, existsSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {RESOURCE_AUDIENCES, RESOURCE_TYPES, slugify} from '@onecop/content-model'
import {seededRandom} from './seeded-random.ts'
import {FORMS, PLACES, READERS, SENTENCES, SENTENCES_ES, SUBJECTS, SUBJECTS_ES} from './library-words.ts'

/** A dataset document, loosely typed: the generator copies and edits fields it knows. */
export type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export const SAMPLE_DATASET_FILE = fileURLToPath(new URL('../../studio/seed/production.ndjson', import.meta.url))

/** Words every generated library of a few hundred resources or more has in its titles: the bench searches for them. */
export const SEARCH_TERMS = ['trust', 'wellness', 'youth', 'forum', 'congregations', 'safety', 'oversight']

/** Reads an NDJSON export (all its lines, drafts included). */
export function readNdjson(path: string): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc)
}

/** The sample's documents with its resources replaced by `count` generated ones. */
export function generateLibrary(sample: Doc[], count: number, seed = 2026): Doc[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  /** 1 to `max` different items of `list`, in list order. */
  const some = <T>(list: readonly T[], max: number): T[] => {
    const wanted = 1 + Math.floor(random() * Math.min(max, list.length))
    const chosen = new Set<T>()
    while (chosen.size < wanted) chosen.add(pick(list))
    return list.filter((item) => chosen.has(item))
  }
  const templates = sample.filter((doc) => doc._type === 'resource')
  // English originals: a translation shares its original's id on the site.
  const pillarIds = sample.filter((doc) => doc._type === 'pillar' && doc.language !== 'es').map((doc) => doc._id as string)
  const thumbnails = templates.filter((doc) => doc.thumbnail).map((doc) => doc.thumbnail._sanityAsset as string)
  const publishers = [...new Set(templates.map((doc) => doc.publisher as string))]
  const topicsIn = (language: string) => [
    ...new Set(templates.filter((doc) => doc.language === language).flatMap((doc) => doc.topics as string[])),
  ]
  const topics = {en: topicsIn('en'), es: topicsIn('es')}
  const width = String(count).length

  const resources = Array.from({length: count}, (_, index) => {
    const template = templates[index % templates.length]
    const number = String(index + 1).padStart(width, '0')
    const type = pick(RESOURCE_TYPES).value
    const audience = some(
      RESOURCE_AUDIENCES.map((option) => option.value),
      3,
    )
    const language = random() < 0.1 ? 'es' : 'en'
    const place = pick(PLACES)
    const year = 2005 + Math.floor(random() * 22)
    // Days up to 2026-11-20, the sample's "today"; every month has a 28th.
    const month = 1 + Math.floor(random() * (year === 2026 ? 11 : 12))
    const day = 1 + Math.floor(random() * (year === 2026 && month === 11 ? 20 : 28))
    const publishedAt = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    let title: string
    let summary: string
    if (language === 'es') {
      const subject = pick(SUBJECTS_ES)
      title = `${FORMS[type].es}: ${subject} en ${place}`
      summary = `${FORMS[type].es} sobre ${subject}, preparado en ${place}. ${pick(SENTENCES_ES)}`
    } else {
      const subject = pick(SUBJECTS)
      const form = pick(FORMS[type].en)
      const reader = pick(READERS[pick(audience)])
      title = `${subject} ${form} for ${reader}${random() < 0.6 ? ` in ${place}` : ''}${form === 'Annual Review' ? ` ${year}` : ''}`
      summary = `${/^[aeiou]/i.test(form) ? 'An' : 'A'} ${form.toLowerCase()} on ${subject.toLowerCase()} for ${reader.toLowerCase()}, first used in ${place}. ${pick(SENTENCES)}`
    }
    const slug = `${slugify(title)}-${number}`
    const resource: Doc = {
      _id: `resource-bench-${number}`,
      _type: 'resource',
      title,
      slug: {_type: 'slug', current: slug},
      resourceType: type,
      audience,
      pillars: some(pillarIds, 3).map((ref, i) => ({_key: `p${i}${ref.replace(/\W/g, '')}`, _type: 'reference', _ref: ref})),
      topics: some(topics[language], 3),
      language,
      accessibleVersion: random() < 0.3,
      publisher: pick(publishers),
      publishedAt,
      summary,
      url: `https://example.org/onecop/library/${slug}`,
      _createdAt: `${publishedAt}T15:00:00Z`,
      _updatedAt: `${publishedAt}T15:00:00Z`,
      _rev: `bench-${number}`,
    }
    if (template.body) resource.body = template.body
    if (random() < 0.2 && thumbnails.length > 0) {
      resource.thumbnail = {_type: 'accessibleImage', alt: `Cover of "${title}"`, _sanityAsset: pick(thumbnails)}
    }
    return resource
  })
  // Partnerships name the sample's resources, which the generated ones replace.
  const others = sample
    .filter((doc) => doc._type !== 'resource')
    .map((doc) => (doc._type === 'partnership' ? {...doc, resources: []} : doc))
  return [...others, ...resources]
}

/**
 * Writes `documents` as `<dir>/production.ndjson`, with `images` and `files` linked to the
 * sample's own (asset paths in the export resolve beside it). Returns the file's path.
 */
export function writeDataset(documents: Doc[], dir: string): string {
  mkdirSync(dir, {recursive: true})
  for (const folder of ['images', 'files']) {
    const link = join(dir, folder)
    if (!existsSync(link)) symlinkSync(join(dirname(SAMPLE_DATASET_FILE), folder), link, 'dir')
  }
  const path = join(dir, 'production.ndjson')
  writeFileSync(path, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return path
}

/** Changes one resource's title in the dataset at `path`, as an editor would: the warm-rebuild edit. Returns its _id. */
export function editOneResource(path: string): string {
  const documents = readNdjson(path)
  const resources = documents.filter((doc) => doc._type === 'resource')
  const resource = resources[Math.floor(resources.length / 2)]
  resource.title = `${resource.title} (revised)`
  resource._updatedAt = '2026-11-21T09:00:00Z'
  writeFileSync(path, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return resource._id as string
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [count, dir] = process.argv.slice(2)
  if (!/^\d+$/.test(count ?? '') || !dir) {
    console.error('Usage: node scripts/bench/generate-library.ts <resources> <folder>')
    process.exit(2)
  }
  const path = writeDataset(generateLibrary(readNdjson(SAMPLE_DATASET_FILE), Number(count)), resolve(dir))
  console.log(`${count} resources written to ${path}; build with SAMPLE_DATASET=${path} npm run build`)
}
