/**
 * The places a partnership can be in (the 50 states, DC and five territories) live in the content
 * model (`packages/content-model/src/us-states.ts`, which says which places are in and why), where
 * the Studio's state fields and the build's validation take them from. The site's pages and
 * browser code import them from here: through the package's `us-states` entry, so the browser's
 * bundle gets the list and not the rest of the content model.
 */
export {STATE_CODES, isStateCode, stateFromSlug, stateName, stateSlug, type StateCode} from '@onecop/content-model/us-states'
