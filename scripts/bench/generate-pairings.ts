/**
 * Partnerships of any number for the bench, made from the sample's own: spread over every state,
 * DC and territory by population, each state's over invented cities of falling size (a few big
 * cities with many precincts, many towns with one or two), with the sample's consent records,
 * liaisons and statuses in turn, so the pages show what real ones would. Seeded, so every run
 * makes the same directory. The sample's partnerships stay (events name them); the generated ones
 * bring the total to `count`.
 */
import {FAITH_TRADITIONS, slugify, STATE_CODES} from '@onecop/content-model'
import {writeFileSync} from 'node:fs'
import {readNdjson, type Doc} from './generate-library.ts'
import {seededRandom} from './seeded-random.ts'

/**
 * People per place, in thousands (2020 census, rounded): how the bench spreads pairings. Every
 * place gets at least a few, as a national program would have.
 */
const POPULATION: Record<(typeof STATE_CODES)[number], number> = {
  AL: 5025, AK: 733, AZ: 7152, AR: 3012, CA: 39538, CO: 5774, CT: 3606, DE: 990, DC: 690, FL: 21538, GA: 10712,
  HI: 1455, ID: 1839, IL: 12813, IN: 6786, IA: 3190, KS: 2938, KY: 4506, LA: 4658, ME: 1362, MD: 6177, MA: 7030,
  MI: 10077, MN: 5706, MS: 2961, MO: 6155, MT: 1084, NE: 1962, NV: 3105, NH: 1378, NJ: 9289, NM: 2118, NY: 20201,
  NC: 10439, ND: 779, OH: 11799, OK: 3959, OR: 4237, PA: 13003, RI: 1097, SC: 5118, SD: 887, TN: 6911, TX: 29146,
  UT: 3272, VT: 643, VA: 8631, WA: 7705, WV: 1794, WI: 5894, WY: 577, PR: 3286, GU: 154, VI: 87, AS: 50, MP: 48,
} // prettier-ignore

/** Parts of invented place names: "Cedar" + "ville", "North" + "Brook" + "Falls". */
const NAME_STARTS = ['Cedar', 'Maple', 'River', 'Spring', 'Oak', 'Pine', 'Lake', 'Fair', 'Green', 'Clear', 'Stone', 'Mill',
  'Elm', 'Ash', 'Glen', 'Bright', 'Brook', 'Harbor', 'Hill', 'Red', 'Silver', 'Sun', 'West', 'East', 'Willow', 'Rock'] // prettier-ignore
const NAME_ENDS = ['ville', 'ton', 'field', 'wood', 'dale', 'burg', 'port', 'ford', 'view', 'haven', 'mont', ' Creek',
  ' Falls', ' Springs', ' Heights', ' Park', ' Grove', ' Valley', ' City', ' Junction'] // prettier-ignore
const NAME_PREFIXES = ['', '', '', '', 'North ', 'South ', 'New ', 'Port ', 'Mount ', 'San '] // prettier-ignore

/** Congregation names: "<patron or quality> <kind>". */
const PATRONS = ['Grace', 'Hope', 'Trinity', 'St. Mark', 'Beth Israel', 'Al-Rahman', 'Guru Nanak', 'Shanti', 'Lotus', 'Unity',
  'Bethel', 'Emmanuel', 'Mount Zion', 'St. Joseph', 'Temple Emanu-El', 'Dar Al-Salam', 'New Covenant', 'Harmony', 'Faith',
  'Holy Cross', 'Shalom', 'Light', 'Peace', 'Good Shepherd'] // prettier-ignore
const KINDS = ['Church', 'Baptist Church', 'Parish', 'Synagogue', 'Masjid', 'Gurdwara', 'Temple', 'Fellowship', 'Chapel',
  'Interfaith Center', 'Community Church', 'Congregation'] // prettier-ignore

/** The invented names of `count` cities of one state, none twice. */
function cityNames(count: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const names = new Set<string>()
  for (let tries = 0; names.size < count; tries += 1) {
    const name = `${pick(NAME_PREFIXES)}${pick(NAME_STARTS)}${pick(NAME_ENDS)}`
    names.add(tries < count * 20 ? name : `${name} ${names.size}`)
  }
  return [...names]
}

/** How many of `count` pairings each place gets: a few each (as a national program would have), the rest by population. */
function pairingsPerState(count: number): Map<string, number> {
  const places = Object.entries(POPULATION)
  const floor = count >= places.length * 3 ? 3 : 0
  const total = places.reduce((sum, [, people]) => sum + people, 0)
  const rest = count - floor * places.length
  const exact = places.map(([state, people]) => ({state, share: (rest * people) / total}))
  const shares = new Map(exact.map(({state, share}) => [state, floor + Math.floor(share)]))
  // Largest remainders first, so the whole comes to `count`.
  let left = count - [...shares.values()].reduce((sum, n) => sum + n, 0)
  for (const {state} of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1))) {
    if (left-- <= 0) break
    shares.set(state, shares.get(state)! + 1)
  }
  return shares
}

/** The sample's documents with `count` partnerships in all: the sample's, and generated ones. */
export function generatePairings(sample: Doc[], count: number, seed = 1905): Doc[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const templates = sample.filter((doc) => doc._type === 'partnership')
  const wanted = Math.max(0, count - templates.length)
  const width = String(wanted).length

  const pairings: Doc[] = []
  for (const [state, pairingsHere] of pairingsPerState(wanted)) {
    // About one city per five pairings, big ones first: city i gets a share that falls as 1/(i+1).
    const cities = cityNames(Math.max(1, Math.round(pairingsHere / 5)), random)
    const weights = cities.map((_, index) => 1 / (index + 1))
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
    for (let index = 0; index < pairingsHere; index += 1) {
      let at = random() * weightSum
      const city = cities[weights.findIndex((weight) => (at -= weight) <= 0)] ?? cities[0]
      pairings.push(pairing(pairings.length, state, city))
    }
  }

  function pairing(index: number, state: string, city: string): Doc {
    const template = templates[index % templates.length]
    const number = String(index + 1).padStart(width, '0')
    const name = `${pick(PATRONS)} ${pick(KINDS)} of ${city}`
    const slug = `${slugify(name)}-${number}`
    const year = 2012 + Math.floor(random() * 15)
    const launched = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    const agency = `${city} Police Department`
    const unit = `Precinct ${1 + Math.floor(random() * 30)}`
    return {
      ...template,
      _id: `partnership-bench-${number}`,
      congregation: {...template.congregation, name, faithTradition: pick(FAITH_TRADITIONS).value, city, state},
      agency: {...template.agency, name: agency, unit, city, state},
      slug: {_type: 'slug', current: slug},
      launched,
      story: [
        {
          _type: 'block',
          _key: 's0',
          style: 'normal',
          markDefs: [],
          children: [
            {
              _type: 'span',
              _key: 's0s',
              text: `An invented pairing for the bench: ${name} and ${unit} of the ${agency} meet each season to plan safety days and listening sessions.`,
              marks: [],
            },
          ],
        },
      ],
      photos: [],
      resources: [],
      _createdAt: `${launched}T15:00:00Z`,
      _updatedAt: `${launched}T15:00:00Z`,
      _rev: `bench-${number}`,
    }
  }
  return [...sample, ...pairings]
}

/** Changes one partnership's congregation name in the dataset at `path`, as an editor would: the warm-rebuild edit of a pairing. Returns its _id. */
export function editOnePairing(path: string): string {
  const documents = readNdjson(path)
  const pairings = documents.filter((doc) => doc._type === 'partnership')
  const pairing = pairings[Math.floor(pairings.length / 2)]
  pairing.congregation = {...pairing.congregation, name: `${pairing.congregation.name} (revised)`}
  pairing._updatedAt = '2026-11-21T09:00:00Z'
  writeFileSync(path, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return pairing._id as string
}
