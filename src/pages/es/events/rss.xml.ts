/** The Spanish edition of `src/pages/events/rss.xml.ts`. */
export {GET} from '../../events/rss.xml'
