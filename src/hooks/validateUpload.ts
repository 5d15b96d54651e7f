import { inflateSync } from 'node:zlib'

import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/** Above this many pixels an image is refused before anything decodes it (a 12-MP photo is fine). */
export const MAX_IMAGE_PIXELS = 50_000_000

export type UploadType = 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf'

const EXTENSIONS: Record<UploadType, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
}

const NAMES: Record<UploadType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
}

const isUploadType = (mime: string): mime is UploadType => Object.hasOwn(EXTENSIONS, mime)

/**
 * The type the bytes say, by the `file-type` package's magic numbers; the declared type and name
 * are not asked. The project's own checks below (polyglots, markup, active PDF content) sit on top.
 */
const sniffType = async (buf: Buffer): Promise<UploadType | undefined> => {
  const mime = (await fileTypeFromBuffer(buf))?.mime
  return mime && isUploadType(mime) ? mime : undefined
}

const looksLikeSvg = (buf: Buffer, declared: string, name: string): boolean =>
  declared.includes('svg') ||
  /\.svgz?$/i.test(name) ||
  /^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(
    buf.toString('utf8', 0, 4096),
  )

/**
 * Markup or code that has no business inside an image or a document, each after a `<`, in any
 * ASCII case; `<svg` only when whitespace or `>` follows.
 */
const SVG = Buffer.from('svg', 'latin1')
const FOREIGN_MARKERS = [
  ...['script', 'html', '!doctype html', '?php', 'iframe'].map((marker) =>
    Buffer.from(marker, 'latin1'),
  ),
  SVG,
]
/** What may follow `<svg`: the Latin-1 characters that `\s` matches (tab to CR, space, NBSP), `>`. */
const AFTER_SVG = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x3e])

/** Whether `lowercase` stands in `buf` at `at`, ASCII letters in either case. */
const bytesAt = (buf: Buffer, at: number, lowercase: Buffer): boolean => {
  if (at + lowercase.length > buf.length) return false
  for (let i = 0; i < lowercase.length; i++) {
    const byte = buf[at + i]!
    if ((byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte) !== lowercase[i]) return false
  }
  return true
}

/**
 * Whether a foreign marker stands anywhere in the bytes: what `/<script/i` and the others match in
 * the file read as Latin-1 (where only ASCII letters fold case), found from each `<` in the bytes
 * themselves, without a 12-MP photo's worth of string or six passes over it.
 */
export const hasForeignMarker = (buf: Buffer): boolean => {
  for (let lt = buf.indexOf(0x3c); lt >= 0; lt = buf.indexOf(0x3c, lt + 1)) {
    for (const marker of FOREIGN_MARKERS) {
      if (!bytesAt(buf, lt + 1, marker)) continue
      if (marker !== SVG || AFTER_SVG.has(buf[lt + 1 + marker.length] ?? -1)) return true
    }
  }
  return false
}

const ZIP_HEADERS = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')]

/** Bytes after the format's own end: where a second file hides in a polyglot. */
const trailingBytes = (buf: Buffer, type: UploadType): number => {
  if (type === 'image/png') {
    let at = 8
    while (at + 12 <= buf.length) {
      const length = buf.readUInt32BE(at)
      const chunk = buf.toString('latin1', at + 4, at + 8)
      at += 12 + length
      if (chunk === 'IEND') return Math.max(0, buf.length - at)
    }
    return 0
  }
  if (type === 'image/jpeg') {
    const end = buf.lastIndexOf(Buffer.from([0xff, 0xd9]))
    if (end < 0) return 0
    // Some cameras pad the file with zeros after the end marker; that is not a second file.
    return buf.subarray(end + 2).some((byte) => byte !== 0) ? buf.length - end - 2 : 0
  }
  if (type === 'image/webp') return Math.max(0, buf.length - 8 - buf.readUInt32LE(4))
  return 0
}

/** PDF names may hide letters as #xx escapes (`/J#61vaScript`). */
const decodePdfNames = (text: string): string =>
  text.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

const PDF_ACTIVE = /\/(JavaScript|JS|Launch|RichMedia|XFA)(?![A-Za-z])/

/** Text of the PDF plus its Flate streams inflated (bounded), where scripts usually hide. */
const pdfTexts = function* (buf: Buffer): Generator<string> {
  const text = buf.toString('latin1')
  yield text
  let budget = 64 * 1024 * 1024
  const streams = /stream\r?\n/g
  for (let match = streams.exec(text); match && budget > 0; match = streams.exec(text)) {
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    try {
      const inflated = inflateSync(buf.subarray(start, end), { maxOutputLength: budget })
      budget -= inflated.length
      yield inflated.toString('latin1')
    } catch {
      // Not Flate, or truncated: its raw bytes were in the first pass already.
    }
    streams.lastIndex = end
  }
}

/**
 * Why an upload must be refused, or undefined when it may pass. Checks the bytes, never trusts
 * the declared type or the name: SVG is refused outright (it can carry scripts and sanitising it
 * safely is a project of its own), content must match its declared type and name, a second file
 * hidden after the first is refused, images are measured before decoding, PDFs may not script.
 */
export const uploadProblem = async (file: {
  data: Buffer
  mimetype: string
  name: string
}): Promise<string | undefined> => {
  const { data, name } = file
  const declared = file.mimetype.toLowerCase().replace('image/jpg', 'image/jpeg').split(';')[0]!
  if (looksLikeSvg(data, declared, name)) {
    return 'SVG files are not accepted because they can carry scripts. Upload PNG, JPEG or WebP.'
  }
  const type = await sniffType(data)
  if (!type) return 'The file is not a PNG, JPEG, WebP or PDF file, whatever its name says.'
  if (declared !== type) {
    return `The file content is ${NAMES[type]} but it was sent as ${declared}.`
  }
  const extension = name.split('.').pop()?.toLowerCase() ?? ''
  if (!EXTENSIONS[type].includes(extension)) {
    return `The file name ends in .${extension} but the content is ${NAMES[type]}.`
  }
  if (
    trailingBytes(data, type) > 0 ||
    hasForeignMarker(data) ||
    ZIP_HEADERS.some((header) => data.includes(header))
  ) {
    return `The file is not a plain ${NAMES[type]} file: it carries another file or markup.`
  }
  if (type === 'application/pdf') {
    for (const text of pdfTexts(data)) {
      if (PDF_ACTIVE.test(decodePdfNames(text))) {
        return 'PDF files with JavaScript or other active content are not accepted.'
      }
    }
    return undefined
  }
  try {
    // Reads the header only; sharp refuses above the pixel limit before allocating anything.
    const { width = 0, height = 0 } = await sharp(data, {
      limitInputPixels: MAX_IMAGE_PIXELS,
    }).metadata()
    if (width * height > MAX_IMAGE_PIXELS) throw new Error('Input image exceeds pixel limit')
  } catch (err) {
    return /pixel limit/.test((err as Error).message)
      ? `The image has more than ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`
      : `The ${NAMES[type]} image could not be read.`
  }
  return undefined
}

/** Refuses a hostile upload before Payload measures, resizes or stores anything. */
export const validateUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.data?.length) {
    const problem = await uploadProblem(req.file)
    if (problem) throw new APIError(problem, 400, undefined, true)
  }
  return args
}
