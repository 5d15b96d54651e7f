import { deflateSync } from 'node:zlib'

import sharp from 'sharp'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A real, decodable image made by sharp. */
export const realImage = (format: 'png' | 'jpeg', width = 64, height = 48): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .toFormat(format)
    .toBuffer()

/** A 100-byte PNG whose header claims 100 000 × 100 000 pixels (10 gigapixels). */
export const pixelBomb = (): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(100_000, 0)
  header.writeUInt32BE(100_000, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The start of a Windows executable. */
export const executable = (): Buffer =>
  Buffer.concat([
    Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'),
    Buffer.alloc(500, 0x41),
  ])

/** A minimal ZIP archive (one stored file), as appended in GIFAR-style polyglots. */
export const zipArchive = (): Buffer => {
  const name = Buffer.from('payload.js')
  const content = Buffer.from('alert(document.cookie)')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt32LE(crc32(content), 14)
  local.writeUInt32LE(content.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(name.length, 26)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  return Buffer.concat([local, name, content, end])
}

export const SVG_WITH_SCRIPT = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script>
<foreignObject><iframe src="javascript:alert(2)"/></foreignObject></svg>`

/** A well-formed PDF (xref and %%EOF at the end), with optional extra catalog entries. */
export const pdf = (catalogExtra = '', extraObjects: Buffer[] = []): Buffer => {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  const offsets: number[] = []
  const length = () => parts.reduce((n, p) => n + p.length, 0)
  const add = (body: Buffer | string) => {
    offsets.push(length())
    parts.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body)
  }
  add(`1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>\nendobj\n`)
  add('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n')
  add('3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n')
  for (const extra of extraObjects) add(extra)
  const xref = length()
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  parts.push(
    Buffer.from(
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  )
  return Buffer.concat(parts)
}

/** An object stream whose compressed content holds a JavaScript action. */
export const compressedScriptObject = (): Buffer => {
  const inner = deflateSync(Buffer.from('<< /S /JavaScript /JS (app.alert(1)) >>', 'latin1'))
  return Buffer.concat([
    Buffer.from(`4 0 obj\n<< /Length ${inner.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    inner,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ])
}
