/** The Spanish edition of `src/pages/resources/rss.xml.ts`. */
export {GET} from '../../resources/rss.xml'
