/**
 * Image URLs through `@sanity/image-url`: Sanity's CDN for the Content Lake, and for the sample
 * dataset the same URL shape under the site's own `/sample-assets/cdn/`, where the build puts
 * the dataset's image files (at their original size: a static server ignores `?w=`).
 */
import {createImageUrlBuilder} from '@sanity/image-url'
import {lakeConfigFromEnv} from './environment'
import {SAMPLE_ASSETS_URL_PATH} from './sample-asset-documents'
import type {ImageData} from './collection-schemas'

/** The project and dataset the sample's image URLs are built for. */
const SAMPLE_IMAGE_PROJECT = {projectId: 'sample', dataset: 'production', baseUrl: `${SAMPLE_ASSETS_URL_PATH}/cdn`}

/** What an `<img>` needs: a fallback `src`, a `srcset`, and the size that reserves its space. */
export interface ImageSources {
  src: string
  srcset: string
  width: number
  height: number
}

const lake = lakeConfigFromEnv(process.env)
// Only the project and dataset: the builder needs nothing else (and never the read token).
const builder = createImageUrlBuilder(lake ? {projectId: lake.projectId, dataset: lake.dataset} : SAMPLE_IMAGE_PROJECT)

/** Sources already worked out, by image (the same object on every page that shows it: the logo on all of them) and width. */
const known = new WeakMap<ImageData, Map<number, ImageSources>>()

/** Sources for an image shown at most `width` CSS pixels wide, with 1x and 2x candidates. */
export function imageSources(image: ImageData, width: number): ImageSources {
  let byWidth = known.get(image)
  if (!byWidth) known.set(image, (byWidth = new Map()))
  let sources = byWidth.get(width)
  if (!sources) byWidth.set(width, (sources = sourcesOf(image, width)))
  return sources
}

function sourcesOf(image: ImageData, width: number): ImageSources {
  const {width: naturalWidth, height: naturalHeight} = image.asset
  const shown = Math.min(width, naturalWidth)
  const candidates = [...new Set([shown, Math.min(shown * 2, naturalWidth)])]
  const url = (w: number) => builder.image(image.asset._id).width(w).fit('max').auto('format').url()
  return {
    src: url(shown),
    srcset: candidates.map((w) => `${url(w)} ${w}w`).join(', '),
    width: shown,
    height: Math.round((shown * naturalHeight) / naturalWidth),
  }
}
