/** The partnerships map: the states it knows, what it draws for given counts, and the SVG the component makes of it. */
import {describe, expect, it} from 'vitest'
import {isStateCode, STATE_CODES, stateFromSlug, stateName, stateSlug} from '../../src/lib/us-states'

describe('us-states', () => {
  it('lists the 50 states and DC, once each, by upper-case code', () => {
    expect(STATE_CODES).toHaveLength(51)
    expect(new Set(STATE_CODES).size).toBe(51)
    expect(STATE_CODES).toContain('DC')
    for (const code of STATE_CODES) expect(code).toMatch(/^[A-Z]{2}$/)
    for (const territory of ['PR', 'GU', 'VI', 'AS', 'MP']) expect(STATE_CODES).not.toContain(territory)
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
    const names = STATE_CODES.flatMap((code) => [stateName(code, 'en'), stateName(code, 'es')])
    for (const name of names) expect(name.trim()).toBe(name)
    expect(new Set(STATE_CODES.map((code) => stateName(code, 'es'))).size).toBe(51)
  })

  it('takes only its own codes, upper case', () => {
    expect(isStateCode('GA')).toBe(true)
    expect(isStateCode('DC')).toBe(true)
    for (const other of ['ga', 'Ga', 'PR', 'XX', '', 'toString', 'constructor', '__proto__']) expect(isStateCode(other)).toBe(false)
  })

  it('uses the lower-case code in addresses, and reads it back', () => {
    expect(stateSlug('GA')).toBe('ga')
    expect(stateSlug('DC')).toBe('dc')
    for (const code of STATE_CODES) expect(stateFromSlug(stateSlug(code))).toBe(code)
    for (const other of ['GA', 'Ga', 'georgia', 'pr', 'xx', '']) expect(stateFromSlug(other)).toBeUndefined()
  })
})
