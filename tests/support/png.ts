/** Small PNG images made in memory, for tests that upload an image (a logo) as an editor would. */
import {crc32, deflateSync} from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG of `width` × `height` pixels: two colours in stripes, so each image made with other colours differs. */
export function stripedPng(width: number, height: number, [r1, g1, b1]: number[], [r2, g2, b2]: number[]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits, RGB, no interlace
  const rows: number[] = []
  for (let y = 0; y < height; y++) {
    rows.push(0) // no filter
    for (let x = 0; x < width; x++) rows.push(...(Math.floor(x / 16) % 2 ? [r1, g1, b1] : [r2, g2, b2]))
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
