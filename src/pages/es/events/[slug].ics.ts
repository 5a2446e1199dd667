/** The Spanish edition of `src/pages/events/[slug].ics.ts`. */
export {GET, getStaticPaths} from '../../events/[slug].ics'
