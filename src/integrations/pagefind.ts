/** Indexes the built site with Pagefind once Astro has written `dist/`. */
import type {AstroIntegration} from 'astro'
import {fileURLToPath} from 'node:url'
import * as pagefind from 'pagefind'

/** Fails the build when indexing fails or finds nothing: a site without search is not a finished build. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'onecop-pagefind',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        const outDir = fileURLToPath(dir)
        try {
          const {index, errors: createErrors} = await pagefind.createIndex({})
          if (!index) throw new Error(`could not start Pagefind: ${createErrors.join('; ')}`)
          const {errors: addErrors, page_count: pageCount} = await index.addDirectory({path: outDir})
          if (addErrors.length > 0) throw new Error(addErrors.join('; '))
          if (pageCount === 0) throw new Error(`no pages to index in ${outDir}: is data-pagefind-body missing?`)
          const {errors: writeErrors} = await index.writeFiles({outputPath: `${outDir}/pagefind`})
          if (writeErrors.length > 0) throw new Error(writeErrors.join('; '))
          logger.info(`Pagefind indexed ${pageCount} pages`)
        } catch (error) {
          throw new Error(`Search index failed, so the build is not usable: ${(error as Error).message}`, {cause: error})
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
