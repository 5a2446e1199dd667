/**
 * Serves the sample dataset's images and files, which the Content Lake would otherwise host:
 * files at `/sample-assets/<path>`, images also where `@sanity/image-url` points
 * (`/sample-assets/cdn/images/sample/production/<hash>-<w>x<h>.<ext>`). Only for builds from the
 * sample dataset: a Lake build links Sanity's CDN instead.
 */
import type {AstroIntegration} from 'astro'
import {createReadStream} from 'node:fs'
import {cp, mkdir} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {usesSampleDataset} from '../sanity/source-from-env'
import {sampleImageCdnPath, SAMPLE_ASSETS_URL_PATH} from '../sanity/sample-asset-documents'
import {loadSampleAssetDocuments, sampleDatasetPathFromEnv} from '../sanity/sample-source'

/** Every URL path under `/sample-assets/` mapped to the file beside the dataset (`studio/seed/`) it serves. */
async function sampleAssetFiles(): Promise<Map<string, string>> {
  const datasetPath = sampleDatasetPathFromEnv()
  const seedDir = dirname(datasetPath)
  const files = new Map<string, string>()
  for (const document of await loadSampleAssetDocuments(datasetPath)) {
    if (!document.path) continue
    const source = join(seedDir, document.path)
    files.set(document.path, source)
    if (document._type === 'sanity.imageAsset') files.set(sampleImageCdnPath(document._id), source)
  }
  return files
}

/** Copies the sample's files into `dist/sample-assets/` and serves them in dev. */
export default function sampleAssetFilesIntegration(): AstroIntegration {
  return {
    name: 'onecop-sample-assets',
    hooks: {
      'astro:server:setup': async ({server}) => {
        if (!usesSampleDataset()) return
        const files = await sampleAssetFiles()
        server.middlewares.use(SAMPLE_ASSETS_URL_PATH, (req, res, next) => {
          const file = files.get(decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\//, ''))
          if (!file) return next()
          res.setHeader(
            'content-type',
            file.endsWith('.png') ? 'image/png' : file.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream',
          )
          createReadStream(file).pipe(res)
        })
      },
      'astro:build:done': async ({dir, logger}) => {
        if (!usesSampleDataset()) return
        const target = join(fileURLToPath(dir), SAMPLE_ASSETS_URL_PATH)
        const files = await sampleAssetFiles()
        for (const [urlPath, source] of files) {
          await mkdir(dirname(join(target, urlPath)), {recursive: true})
          await cp(source, join(target, urlPath))
        }
        logger.info(`${files.size} sample images and files copied to ${target}`)
      },
    },
  }
}
