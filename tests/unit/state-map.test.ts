/** The partnerships map: the states it knows, what it draws for given counts, and the SVG the component makes of it. */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {buildStateMap} from '../../src/lib/state-map'
import {isStateCode, STATE_CODES, stateFromSlug, stateName, stateSlug} from '../../src/lib/us-states'

/**
 * The bounding box of an SVG path's points, control points included (a curve stays inside the
 * box of its control points): enough to tell which part of the map a shape covers.
 */
function bounds(d: string): {minX: number; minY: number; maxX: number; maxY: number} {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d*\.\d+|\d+\.?)(?:e[-+]?\d+)?/g) ?? []
  const pairs: Record<string, number> = {m: 1, l: 1, t: 1, c: 3, s: 2, q: 2}
  const xs: number[] = []
  const ys: number[] = []
  let [x, y, startX, startY] = [0, 0, 0, 0]
  let command = ''
  let i = 0
  const number = () => Number(tokens[i++])
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i])) command = tokens[i++]
    const lower = command.toLowerCase()
    const relative = command === lower
    if (lower === 'z') {
      ;[x, y] = [startX, startY]
      continue
    }
    if (lower === 'h' || lower === 'v') {
      const value = number()
      if (lower === 'h') x = relative ? x + value : value
      else y = relative ? y + value : value
    } else if (lower in pairs) {
      const [baseX, baseY] = relative ? [x, y] : [0, 0]
      for (let pair = 0; pair < pairs[lower]; pair++) {
        ;[x, y] = [baseX + number(), baseY + number()]
        xs.push(x)
        ys.push(y)
      }
      if (lower === 'm') {
        ;[startX, startY] = [x, y]
        command = relative ? 'l' : 'L'
      }
    } else throw new Error(`Path command ${command} not handled`)
    xs.push(x)
    ys.push(y)
  }
  return {minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys)}
}

describe('us-states', () => {
  it('lists the 50 states, DC and the five inhabited territories, once each, by upper-case code', () => {
    expect(STATE_CODES).toHaveLength(56)
    expect(new Set(STATE_CODES).size).toBe(56)
    for (const place of ['DC', 'PR', 'GU', 'VI', 'AS', 'MP']) expect(STATE_CODES).toContain(place)
    for (const code of STATE_CODES) expect(code).toMatch(/^[A-Z]{2}$/)
    // Minor outlying islands (no residents) and the Freely Associated States (their own police).
    for (const other of ['UM', 'FM', 'MH', 'PW']) expect(STATE_CODES).not.toContain(other)
  })

  it('names each state in English and Spanish', () => {
    expect(stateName('GA', 'en')).toBe('Georgia')
    expect(stateName('GA', 'es')).toBe('Georgia')
    expect(stateName('NY', 'es')).toBe('Nueva York')
    expect(stateName('NC', 'es')).toBe('Carolina del Norte')
    expect(stateName('LA', 'es')).toBe('Luisiana')
    expect(stateName('MO', 'es')).toBe('Misuri')
    expect(stateName('PA', 'es')).toBe('Pensilvania')
    expect(stateName('NM', 'es')).toBe('Nuevo México')
    expect(stateName('HI', 'es')).toBe('Hawái')
    expect(stateName('MS', 'es')).toBe('Misisipi')
    expect(stateName('OR', 'es')).toBe('Oregón')
    expect(stateName('MI', 'es')).toBe('Míchigan')
    expect(stateName('DC', 'en')).toBe('District of Columbia')
    expect(stateName('DC', 'es')).toBe('Distrito de Columbia')
    expect(stateName('PR', 'es')).toBe('Puerto Rico')
    expect(stateName('VI', 'en')).toBe('U.S. Virgin Islands')
    expect(stateName('VI', 'es')).toBe('Islas Vírgenes de los Estados Unidos')
    expect(stateName('AS', 'es')).toBe('Samoa Americana')
    expect(stateName('MP', 'es')).toBe('Islas Marianas del Norte')
    const names = STATE_CODES.flatMap((code) => [stateName(code, 'en'), stateName(code, 'es')])
    for (const name of names) expect(name.trim()).toBe(name)
    expect(new Set(STATE_CODES.map((code) => stateName(code, 'en'))).size).toBe(56)
    expect(new Set(STATE_CODES.map((code) => stateName(code, 'es'))).size).toBe(56)
  })

  it('takes only its own codes, upper case', () => {
    expect(isStateCode('GA')).toBe(true)
    expect(isStateCode('DC')).toBe(true)
    expect(isStateCode('PR')).toBe(true)
    for (const other of ['ga', 'Ga', 'pr', 'UM', 'XX', '', 'toString', 'constructor', '__proto__']) expect(isStateCode(other)).toBe(false)
  })

  it('uses the lower-case code in addresses, and reads it back', () => {
    expect(stateSlug('GA')).toBe('ga')
    expect(stateSlug('DC')).toBe('dc')
    for (const code of STATE_CODES) expect(stateFromSlug(stateSlug(code))).toBe(code)
    expect(stateFromSlug('pr')).toBe('PR')
    for (const other of ['GA', 'Ga', 'georgia', 'PR', 'um', 'xx', '']) expect(stateFromSlug(other)).toBeUndefined()
  })
})

describe('buildStateMap', () => {
  it('draws every place of us-states.ts, DC and the territories included, with an outline from the package', () => {
    const map = buildStateMap({}, 'en')
    expect(map.viewBox).toMatch(/^[\d.]+ [\d.]+ [\d.]+ [\d.]+$/)
    expect(map.states.map((state) => state.code).sort()).toEqual([...STATE_CODES].sort())
    for (const state of map.states) expect(state.path, state.code).toMatch(/^M[\d.]+[ ,][\d.]+[^]*z$/i)
    // Outlines of different states differ (no code mapped to a neighbour's shape).
    expect(new Set(map.states.map((state) => state.path)).size).toBe(56)
  })

  it('shades in six steps that grow about fivefold: none, 1–4, 5–24, 25–99, 100–499, 500+', () => {
    const counts = {AL: 0, AK: 1, AZ: 4, AR: 5, CA: 1300, CO: 24, CT: 25, DE: 99, FL: 100, GA: 499, HI: 500}
    const steps = Object.fromEntries(buildStateMap(counts, 'en').states.map((state) => [state.code, state.step]))
    expect(steps).toMatchObject({AL: 0, AK: 1, AZ: 1, AR: 2, CO: 2, CT: 3, DE: 3, FL: 4, GA: 4, HI: 5, CA: 5, ID: 0})
    expect(buildStateMap({}, 'en').legend).toEqual([
      {step: 0, text: '0'},
      {step: 1, text: '1–4'},
      {step: 2, text: '5–24'},
      {step: 3, text: '25–99'},
      {step: 4, text: '100–499'},
      {step: 5, text: '500+'},
    ])
  })

  it('still tells states apart when every state has some: a national spread uses at least three shades', () => {
    // About 10,000 pairings spread by population, as the bench makes them: the smallest places get a few dozen.
    const counts = Object.fromEntries(STATE_CODES.map((code, index) => [code, [12, 60, 180, 700][index % 4]]))
    const used = new Set(buildStateMap(counts, 'en').states.map((state) => state.step))
    expect(used.size).toBeGreaterThanOrEqual(3)
    expect(used.has(0)).toBe(false)
  })

  it('links only the states with a partnership, and keeps their counts', () => {
    const map = buildStateMap({GA: 3, NY: 1, DC: 2, TX: 0}, 'en')
    expect(map.states.filter((state) => state.linked).map((state) => state.code)).toEqual(['DC', 'GA', 'NY'])
    const byCode = new Map(map.states.map((state) => [state.code, state]))
    expect(byCode.get('GA')).toMatchObject({count: 3, linked: true})
    expect(byCode.get('TX')).toMatchObject({count: 0, linked: false, step: 0})
    expect(byCode.get('OH')).toMatchObject({count: 0, linked: false, step: 0})
  })

  it('gives DC a callout: a line from its outline to a dot out at sea, clear of every state', () => {
    const {states, viewBox} = buildStateMap({}, 'en')
    expect(states.filter((state) => state.callout).map((state) => state.code)).toEqual(['DC'])
    const dc = states.find((state) => state.code === 'DC')!
    const {dot, line} = dc.callout!
    const outline = bounds(dc.path)
    expect(line.x1).toBeGreaterThanOrEqual(outline.minX)
    expect(line.x1).toBeLessThanOrEqual(outline.maxX)
    expect(line.y1).toBeGreaterThanOrEqual(outline.minY)
    expect(line.y1).toBeLessThanOrEqual(outline.maxY)
    expect(Math.hypot(line.x2 - dot.cx, line.y2 - dot.cy)).toBeCloseTo(dot.r, 0)
    const [x, y, width, height] = viewBox.split(' ').map(Number)
    expect(dot.cx - dot.r).toBeGreaterThan(x)
    expect(dot.cx + dot.r).toBeLessThan(x + width)
    expect(dot.cy - dot.r).toBeGreaterThan(y)
    expect(dot.cy + dot.r).toBeLessThan(y + height)
    for (const state of states) {
      const box = bounds(state.path)
      const overlaps = box.minX < dot.cx + dot.r && box.maxX > dot.cx - dot.r && box.minY < dot.cy + dot.r && box.maxY > dot.cy - dot.r
      expect(overlaps, `${state.code} reaches the DC dot`).toBe(false)
    }
  })

  it('draws the linked states last, so no plain neighbour covers their focus border', () => {
    const linked = buildStateMap({WY: 1, AL: 2, OH: 7}, 'en').states.map((state) => state.linked)
    expect(linked.slice(0, 53).every((value) => !value)).toBe(true)
    expect(
      buildStateMap({WY: 1, AL: 2, OH: 7}, 'en')
        .states.slice(53)
        .map((state) => state.code),
    ).toEqual(['AL', 'OH', 'WY'])
  })

  it('orders states by their names in the page language', () => {
    const order = (locale: 'en' | 'es') => buildStateMap({}, locale).states.map((state) => state.code)
    const en = order('en')
    const es = order('es')
    expect(en.slice(0, 4)).toEqual(['AL', 'AK', 'AS', 'AZ'])
    // "Samoa Americana" with the Ss in Spanish, "American Samoa" with the As in English.
    expect(es.indexOf('AS')).toBeGreaterThan(es.indexOf('RI'))
    // "Carolina del Norte" comes with the Cs in Spanish, "North Carolina" with the Ns in English.
    expect(es.indexOf('NC')).toBeLessThan(es.indexOf('CO'))
    expect(en.indexOf('NC')).toBeGreaterThan(en.indexOf('NY'))
    // "Misisipi" before "Misuri" before "Montana"; "Míchigan" sorts with "Mi", accent aside.
    expect(es.indexOf('MS')).toBeLessThan(es.indexOf('MO'))
    expect(es.indexOf('MI')).toBeLessThan(es.indexOf('MN'))
  })

  it('rejects a code it does not know, naming it', () => {
    expect(() => buildStateMap({UM: 1}, 'en')).toThrow(/Unknown state code "UM"/)
    expect(() => buildStateMap({GA: 1, ga: 2}, 'en')).toThrow(/Unknown state code "ga"/)
    expect(() => buildStateMap({Georgia: 1}, 'en')).toThrow(/Unknown state code "Georgia"/)
  })

  it('rejects a count that is not a whole number of zero or more, naming the state', () => {
    expect(() => buildStateMap({GA: -1}, 'en')).toThrow(/GA is -1/)
    expect(() => buildStateMap({NY: 1.5}, 'en')).toThrow(/NY is 1.5/)
    expect(() => buildStateMap({TX: Number.NaN}, 'en')).toThrow(/TX is NaN/)
  })
})

describe('buildStateMap with an outline missing from the package', () => {
  afterEach(() => {
    vi.doUnmock('@svg-maps/usa.states-territories')
    vi.resetModules()
  })

  it('fails, naming the state, instead of drawing a map without it', async () => {
    const {default: real} = await import('@svg-maps/usa.states-territories')
    vi.resetModules()
    vi.doMock('@svg-maps/usa.states-territories', () => ({
      default: {...real, locations: real.locations.filter((location: {id: string}) => location.id !== 'ri')},
    }))
    const {buildStateMap: build} = await import('../../src/lib/state-map')
    expect(() => build({}, 'en')).toThrow('The US map has no outline for RI')
  })
})
