/**
 * Image and file uploads (`POST /vX/assets/images/<dataset>`, `.../files/...`) as the Content Lake
 * takes them: an asset document named after the content's SHA-1 (`image-<sha1>-<w>x<h>-<ext>`),
 * its bytes kept and served back at the address in its `url` (`https://cdn.sanity.io/...`).
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {IncomingMessage} from 'node:http'
import type {LakeDocument} from './lake-store'

/** Uploaded bytes by their path on the CDN (`images/<project>/<dataset>/<sha1>-<w>x<h>.png`). */
export type AssetFiles = Map<string, {bytes: Buffer; mimeType: string}>

const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
  svg: 'image/svg+xml',
}

/** A PNG's width and height from its header; other images are refused (the tests upload PNGs). */
function pngSize(bytes: Buffer): {width: number; height: number} {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('the local Content Lake reads the size of PNG images only')
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)}
}

/** Stores an uploaded asset; returns its asset document. */
export async function uploadAsset(
  req: IncomingMessage,
  url: URL,
  kind: 'images' | 'files',
  project: string,
  dataset: string,
  files: AssetFiles,
): Promise<LakeDocument> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const filename = url.searchParams.get('filename') ?? `${sha1}`
  const extension = (/\.([a-z0-9]+)$/i.exec(filename)?.[1] ?? 'bin').toLowerCase()
  const mimeType = req.headers['content-type'] ?? MIME_TYPES[extension] ?? 'application/octet-stream'
  const size = kind === 'images' ? pngSize(bytes) : undefined
  const name = size ? `${sha1}-${size.width}x${size.height}.${extension}` : `${sha1}.${extension}`
  const path = `${kind}/${project}/${dataset}/${name}`
  files.set(path, {bytes, mimeType})
  const id = size ? `image-${sha1}-${size.width}x${size.height}-${extension}` : `file-${sha1}-${extension}`
  return {
    _id: id,
    _type: kind === 'images' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType,
    originalFilename: filename,
    size: bytes.length,
    path,
    url: `https://cdn.sanity.io/${path}`,
    uploadId: sha1,
    ...(size
      ? {
          metadata: {
            _type: 'sanity.imageMetadata',
            dimensions: {_type: 'sanity.imageDimensions', ...size, aspectRatio: size.width / size.height},
            hasAlpha: true,
            isOpaque: false,
          },
        }
      : {}),
  }
}

/** Serves a sample asset document's file (its `path` relative to `dir`) where the CDN would have it. */
export function serveSampleAsset(asset: LakeDocument, dir: string, project: string, dataset: string, files: AssetFiles): void {
  const match = /^(image|file)-([a-f0-9]+)(?:-(\d+x\d+))?-(\w+)$/.exec(asset._id)
  if (!match || typeof asset.path !== 'string' || !existsSync(join(dir, asset.path))) return
  const [, kind, hash, dimensions, extension] = match
  const name = dimensions ? `${hash}-${dimensions}.${extension}` : `${hash}.${extension}`
  files.set(`${kind}s/${project}/${dataset}/${name}`, {
    bytes: readFileSync(join(dir, asset.path)),
    mimeType: String(asset.mimeType ?? MIME_TYPES[extension] ?? 'application/octet-stream'),
  })
}
