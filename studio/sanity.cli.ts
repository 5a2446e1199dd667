import {defineCliConfig} from 'sanity/cli'

/** CLI settings: the project comes from the environment so no id is committed. */
export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'onecop-sample',
    dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  },
  typegen: {
    // Queries live in one module of the site; TypeGen reads them from there.
    path: '../src/sanity/queries.ts',
    schema: 'schema.json',
    generates: '../src/sanity/sanity.types.ts',
    overloadClientMethods: true,
  },
})
