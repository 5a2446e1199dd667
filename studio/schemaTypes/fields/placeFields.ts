import {stateCodeProblem} from '@onecop/content-model'
import {defineField} from 'sanity'
import {requiredText, studioCheck} from '../rules/field-rules'

/** A required city, as written on an envelope. */
export const cityField = () => defineField({name: 'city', title: 'City', type: 'string', validation: (rule) => requiredText(rule)})

/** A required US state or DC, by its two-letter code; `description` may say what the state is used for. */
export const stateField = (description = 'Two-letter code, e.g. GA.') =>
  defineField({
    name: 'state',
    title: 'State',
    type: 'string',
    description,
    validation: (rule) => rule.required().custom(studioCheck(stateCodeProblem)),
  })
