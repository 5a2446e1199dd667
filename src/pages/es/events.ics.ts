/** The Spanish edition of `src/pages/events.ics.ts`. */
export {GET} from '../events.ics'
