import {STATE_OPTIONS, stateCodeProblem} from '@onecop/content-model'
import {defineField} from 'sanity'
import {requiredText, studioCheck} from '../rules/field-rules'

/** A required city, as written on an envelope. */
export const cityField = () => defineField({name: 'city', title: 'City', type: 'string', validation: (rule) => requiredText(rule)})

/**
 * A required US state, DC or territory, picked from the content model's list (`STATE_OPTIONS`);
 * `use` may say, for editors, what the state is used for.
 */
export const stateField = (use?: string) =>
  defineField({
    name: 'state',
    title: 'State',
    type: 'string',
    description: ['The state, DC or territory: pick it from the list.', use].filter(Boolean).join(' '),
    options: {list: [...STATE_OPTIONS]},
    // Sanity refuses a value off the list by itself too ("did not match any allowed values"); the
    // shared rule says what to do, in the words the build uses.
    validation: (rule) => rule.required().custom(studioCheck(stateCodeProblem)),
  })
