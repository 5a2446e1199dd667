/** The ranges numbers in the content model must fall in; the Studio and the build check the same. */

/** A pillar's number in the Task Force report. */
export const PILLAR_NUMBERS = {min: 1, max: 6} as const

/** An objective's place in the list. */
export const OBJECTIVE_NUMBERS = {min: 1, max: 99} as const

/** The year a partnership began: OneCOP started in 2016. */
export const PARTNER_SINCE_YEARS = {min: 2016, max: 2100} as const
