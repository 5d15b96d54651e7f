import { crc32 } from 'node:zlib'

import sharp from 'sharp'

/** Keeps text safe inside XML character data and attributes. */
const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** CDATA cannot hold "]]>": such a run is split across two sections. */
const cdata = (text: string): string => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

/**
 * A badge image with the credential baked in, as Open Badges 3.0 baking defines for SVG: the
 * credential JSON in an `openbadges:credential` element. The picture is a plain medal with the
 * achievement's name; what counts is the credential inside.
 */
export const bakeSvg = (credential: Record<string, unknown> | null, title: string): string => {
  const words = title.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  for (const word of words) {
    const last = lines.at(-1)
    if (last !== undefined && (last + ' ' + word).length <= 22)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const shown = lines.slice(0, 4)
  const text = shown
    .map(
      (line, i) =>
        `<text x="128" y="${128 + (i - (shown.length - 1) / 2) * 20}" text-anchor="middle" font-family="sans-serif" font-size="16" fill="#fff">${escapeXml(line)}</text>`,
    )
    .join('')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="256" height="256" viewBox="0 0 256 256" role="img">',
    `<title>${escapeXml(title)}</title>`,
    credential
      ? `<openbadges:credential>${cdata(JSON.stringify(credential))}</openbadges:credential>`
      : '',
    '<circle cx="128" cy="128" r="120" fill="#0000bf"/><circle cx="128" cy="128" r="104" fill="none" stroke="#fff" stroke-width="4"/>',
    text,
    '</svg>',
  ].join('\n')
}

/** The credential baked into an SVG by bakeSvg, or null when there is none. */
export const unbakeSvg = (svg: string): Record<string, unknown> | null => {
  const match = /<openbadges:credential>([\s\S]*?)<\/openbadges:credential>/.exec(svg)
  if (!match) return null
  const text = match[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
  return JSON.parse(text) as Record<string, unknown>
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** The iTXt keyword Open Badges 3.0 baking uses for a credential in a PNG. */
const PNG_KEYWORD = 'openbadgecredential'

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** The chunks of a PNG as [type, data, start, end] (end exclusive), or throws on a broken file. */
const chunksOf = (png: Buffer): { type: string; data: Buffer; end: number }[] => {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new TypeError('not a PNG')
  const chunks: { type: string; data: Buffer; end: number }[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const end = at + 12 + length
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length), end })
    at = end
  }
  return chunks
}

/**
 * The same medal as a PNG, with the credential in an uncompressed iTXt chunk keyed
 * "openbadgecredential" right after the header, as Open Badges 3.0 baking defines for PNG.
 */
export const bakePng = async (
  credential: Record<string, unknown>,
  title: string,
): Promise<Buffer> => {
  const png = await sharp(Buffer.from(bakeSvg(null, title)))
    .png()
    .toBuffer()
  const headerEnd = chunksOf(png)[0]!.end
  // keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translation, NUL
  const data = Buffer.concat([
    Buffer.from(PNG_KEYWORD, 'latin1'),
    Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(JSON.stringify(credential), 'utf8'),
  ])
  return Buffer.concat([png.subarray(0, headerEnd), chunk('iTXt', data), png.subarray(headerEnd)])
}

/** The credential baked into a PNG by bakePng (any uncompressed iTXt of that keyword), or null. */
export const unbakePng = (png: Buffer): Record<string, unknown> | null => {
  for (const { type, data } of chunksOf(png)) {
    if (type !== 'iTXt') continue
    const keywordEnd = data.indexOf(0)
    if (data.toString('latin1', 0, keywordEnd) !== PNG_KEYWORD || data[keywordEnd + 1] !== 0)
      continue
    const languageEnd = data.indexOf(0, keywordEnd + 3)
    const translatedEnd = data.indexOf(0, languageEnd + 1)
    return JSON.parse(data.toString('utf8', translatedEnd + 1)) as Record<string, unknown>
  }
  return null
}
