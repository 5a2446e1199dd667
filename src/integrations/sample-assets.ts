/**
 * Serves the sample dataset's images and files, which the Content Lake would otherwise host.
 * Only for builds from the sample dataset: a Lake build links Sanity's CDN instead.
 */
import type {AstroIntegration} from 'astro'
import {createReadStream, existsSync, statSync} from 'node:fs'
import {cp} from 'node:fs/promises'
import {extname, join, normalize} from 'node:path'
import {fileURLToPath} from 'node:url'
import {SAMPLE_ASSETS_URL_PATH} from '../sanity/sample-assets'
import {SAMPLE_DATASET_PATH} from '../sanity/sample-source'
import {usesSampleDataset} from '../sanity/content-source'

const SEED_DIR = join(SAMPLE_DATASET_PATH, '..')
const ASSET_FOLDERS = ['images', 'files']

/** Copies `studio/seed/{images,files}` into `dist/sample-assets/` and serves them in dev. */
export default function sampleAssetsIntegration(): AstroIntegration {
  return {
    name: 'onecop-sample-assets',
    hooks: {
      'astro:server:setup': ({server}) => {
        if (!usesSampleDataset()) return
        server.middlewares.use(SAMPLE_ASSETS_URL_PATH, (req, res, next) => {
          const relative = normalize(decodeURIComponent((req.url ?? '').split('?')[0])).replace(/^[/\\]+/, '')
          const path = join(SEED_DIR, relative)
          const inside = ASSET_FOLDERS.some((folder) => path.startsWith(join(SEED_DIR, folder) + '/'))
          if (!inside || !existsSync(path) || !statSync(path).isFile()) return next()
          res.setHeader('content-type', extname(path) === '.png' ? 'image/png' : extname(path) === '.pdf' ? 'application/pdf' : 'application/octet-stream')
          createReadStream(path).pipe(res)
        })
      },
      'astro:build:done': async ({dir, logger}) => {
        if (!usesSampleDataset()) return
        const target = join(fileURLToPath(dir), SAMPLE_ASSETS_URL_PATH)
        for (const folder of ASSET_FOLDERS) {
          const source = join(SEED_DIR, folder)
          if (existsSync(source)) await cp(source, join(target, folder), {recursive: true})
        }
        logger.info(`sample images and files copied to ${target}`)
      },
    },
  }
}
