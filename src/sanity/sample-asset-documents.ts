/**
 * Images and files of the sample dataset. `sanity dataset export` writes an asset field as
 * `{"_sanityAsset": "image@file://./images/logo.png"}`; the Content Lake stores it as a
 * reference to an asset document with a URL. This module makes the sample dataset look like
 * the Lake, so the same GROQ (`logo.asset->url`) works on both, and the site serves the files.
 */
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {extname, join, posix} from 'node:path'
import {ContentSourceError} from './content-errors'

/** Where the built site serves the sample dataset's files from. */
export const SAMPLE_ASSETS_URL_PATH = '/sample-assets'

/** Where an image asset sits in the sample "CDN", as `@sanity/image-url` builds the path for project `sample`. */
export function sampleImageCdnPath(assetId: string): string {
  const [, hash, dimensions, extension] = /^image-([a-f0-9]+)-(\d+x\d+)-(\w+)$/.exec(assetId) ?? []
  if (!hash) throw new Error(`not an image asset id: ${assetId}`)
  return `cdn/images/sample/production/${hash}-${dimensions}.${extension}`
}

const MIME_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.zip': 'application/zip',
}

interface AssetField {
  _sanityAsset: string
  [key: string]: unknown
}

/** The dataset's documents with asset fields turned into references, plus one asset document per file. */
export async function resolveSampleAssets(documents: unknown[], datasetDir: string): Promise<unknown[]> {
  const assets = new Map<string, Record<string, unknown>>()
  const resolved: unknown[] = []
  for (const document of documents) {
    const owner = document as {_type?: string; _id?: string}
    resolved.push(
      await replaceAssets(document, [], async (field, path) => {
        const asset = await assetDocument(field._sanityAsset, datasetDir, `${owner._type} ${owner._id}: ${path.join('.')}`)
        assets.set(asset._id as string, asset)
        const {_sanityAsset: _, ...rest} = field
        return {...rest, asset: {_type: 'reference', _ref: asset._id}}
      }),
    )
  }
  return [...resolved, ...assets.values()]
}

async function replaceAssets(
  value: unknown,
  path: string[],
  replace: (field: AssetField, path: string[]) => Promise<unknown>,
): Promise<unknown> {
  if (Array.isArray(value))
    return Promise.all(value.map((item, i) => replaceAssets(item, [...path.slice(0, -1), `${path.at(-1) ?? ''}[${i}]`], replace)))
  if (!value || typeof value !== 'object') return value
  if (typeof (value as AssetField)._sanityAsset === 'string') return replace(value as AssetField, path)
  const entries = await Promise.all(
    Object.entries(value).map(async ([key, child]) => [key, await replaceAssets(child, [...path, key], replace)]),
  )
  return Object.fromEntries(entries)
}

/** The asset document the Content Lake would hold for one exported file. */
async function assetDocument(reference: string, datasetDir: string, where: string): Promise<Record<string, unknown>> {
  const match = /^(image|file)@file:\/\/\.\/(.+)$/.exec(reference)
  if (!match) {
    throw new ContentSourceError(
      `${where}: "${reference}" is not an asset reference of the form image@file://./images/NAME or file@file://./files/NAME.`,
    )
  }
  const [, kind, relativePath] = match as unknown as [string, 'image' | 'file', string]
  let bytes: Buffer
  try {
    bytes = await readFile(join(datasetDir, relativePath))
  } catch {
    throw new ContentSourceError(
      `${where}: the file ${relativePath} is missing from ${datasetDir}. Add the file or remove the ${kind} from that field.`,
    )
  }
  const extension = extname(relativePath).toLowerCase()
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const common = {
    _type: `sanity.${kind}Asset`,
    assetId: sha1,
    sha1hash: sha1,
    extension: extension.slice(1),
    mimeType: MIME_TYPES[extension] ?? 'application/octet-stream',
    size: bytes.length,
    originalFilename: posix.basename(relativePath),
    path: relativePath,
    url: `${SAMPLE_ASSETS_URL_PATH}/${relativePath}`,
  }
  if (kind === 'file') return {_id: `file-${sha1}-${extension.slice(1)}`, ...common}
  const {width, height} = imageSize(bytes, where)
  return {
    _id: `image-${sha1}-${width}x${height}-${extension.slice(1)}`,
    ...common,
    metadata: {_type: 'sanity.imageMetadata', dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height}},
  }
}

/** Width and height of a PNG (from its header); the sample dataset ships PNG images only. */
function imageSize(bytes: Buffer, where: string): {width: number; height: number} {
  const isPng = bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('ascii', 12, 16) === 'IHDR'
  if (!isPng) throw new ContentSourceError(`${where}: sample images must be PNG files; convert the image to PNG.`)
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)}
}
