import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'
import { bucketKeys } from '../helpers/seaweedfs.js'
import {
  compressedScriptObject,
  executable,
  pdf,
  pixelBomb,
  realImage,
  SVG_WITH_SCRIPT,
  zipArchive,
} from './support/files.js'

let t: TestApp
let mediaDir: string
let maxUploadBytes: number
beforeAll(async () => {
  t = await initTestApp()
  mediaDir = path.join(t.dir, 'media')
  // Imported after init: the collection reads MEDIA_DIR when it loads.
  maxUploadBytes = (await import('../../collections/Media.js')).MAX_UPLOAD_BYTES
  expect(t.payload.collections.media.config.upload.staticDir).toBe(mediaDir)
})
afterAll(async () => {
  await t.close()
})

/** What is stored: the bucket's objects under `npm run test:s3`, otherwise the files in media/. */
const mediaFiles = async (): Promise<string[]> => {
  if (process.env.S3_BUCKET) return bucketKeys()
  return existsSync(mediaDir) ? readdirSync(mediaDir).sort() : []
}

const upload = async (data: Buffer, filename: string, contentType: string) =>
  t.http
    .post('/api/media')
    .set(await t.as('expert'))
    .field('_payload', JSON.stringify({ alt: 'Test upload' }))
    .attach('file', data, { filename, contentType })

/** Each hostile file is refused with this status and message, and nothing reaches media/. */
const expectRefused = async (
  data: Buffer,
  filename: string,
  contentType: string,
  message: string,
  status = 400,
  body: unknown = { errors: [{ message }] },
) => {
  const before = await mediaFiles()
  const count = (await t.payload.count({ collection: 'media' })).totalDocs
  const res = await upload(data, filename, contentType)
  expect(res.status).toBe(status)
  expect(res.body).toEqual(body)
  expect(await mediaFiles()).toEqual(before)
  expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(count)
}

describe('uploads that are what they say', () => {
  it('are stored: a PNG, a JPEG and a plain PDF', async () => {
    const png = await upload(await realImage('png'), 'map.png', 'image/png')
    expect(png.status).toBe(201)
    expect(png.body.doc.mimeType).toBe('image/png')
    const jpeg = await upload(await realImage('jpeg'), 'class.jpg', 'image/jpeg')
    expect(jpeg.status).toBe(201)
    const doc = await upload(pdf(), 'plan.pdf', 'application/pdf')
    expect(doc.status).toBe(201)
    expect(doc.body.doc.mimeType).toBe('application/pdf')
    expect(await mediaFiles()).toContain('map.png')
    expect(await mediaFiles()).toContain('plan.pdf')
    // Served back from wherever it was stored, and never also written to local disk under S3.
    const served = await t.http.get('/api/media/file/map.png')
    expect({ status: served.status, type: served.type }).toEqual({ status: 200, type: 'image/png' })
    if (process.env.S3_BUCKET) expect(existsSync(mediaDir) ? readdirSync(mediaDir) : []).toEqual([])
  })
})

describe('hostile uploads are refused and leave no file', () => {
  it('an executable named .png', async () => {
    await expectRefused(
      executable(),
      'holiday.png',
      'image/png',
      'The file is not a PNG, JPEG, WebP or PDF file, whatever its name says.',
    )
  })

  it('a real JPEG sent as a PNG, and a PNG named .pdf', async () => {
    await expectRefused(
      await realImage('jpeg'),
      'photo.png',
      'image/png',
      'The file content is JPEG but it was sent as image/png.',
    )
    await expectRefused(
      await realImage('png'),
      'report.pdf',
      'image/png',
      'The file name ends in .pdf but the content is PNG.',
    )
  })

  it('polyglots: a PNG with a ZIP appended, a JPEG with HTML and script appended', async () => {
    const message = (kind: string) =>
      `The file is not a plain ${kind} file: it carries another file or markup.`
    await expectRefused(
      Buffer.concat([await realImage('png'), zipArchive()]),
      'gifar.png',
      'image/png',
      message('PNG'),
    )
    await expectRefused(
      Buffer.concat([
        await realImage('jpeg'),
        Buffer.from('<html><script>alert(1)</script></html>'),
      ]),
      'poly.jpg',
      'image/jpeg',
      message('JPEG'),
    )
    await expectRefused(
      Buffer.concat([pdf(), zipArchive()]),
      'poly.pdf',
      'application/pdf',
      message('PDF'),
    )
  })

  it('SVG is refused outright, whether declared as SVG or disguised as PNG', async () => {
    const message =
      'SVG files are not accepted because they can carry scripts. Upload PNG, JPEG or WebP.'
    await expectRefused(Buffer.from(SVG_WITH_SCRIPT), 'logo.svg', 'image/svg+xml', message)
    await expectRefused(Buffer.from(SVG_WITH_SCRIPT), 'logo.png', 'image/png', message)
    await expectRefused(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'),
      'plain.svg',
      'image/svg+xml',
      message,
    )
  })

  it('a pixel bomb, without decoding it', async () => {
    const bomb = pixelBomb()
    expect(bomb.length).toBeLessThan(200)
    const rssBefore = process.memoryUsage().rss
    await expectRefused(bomb, 'bomb.png', 'image/png', 'The image has more than 50 megapixels.')
    // Decoding 10 gigapixels would need 30 GB; measuring the header needs next to nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024)
  })

  it('a file over the size limit, with 413', async () => {
    const big = Buffer.concat([await realImage('png'), Buffer.alloc(maxUploadBytes + 1024)])
    const message = 'File size limit has been reached'
    await expectRefused(big, 'huge.png', 'image/png', message, 413, {
      errors: [{ name: 'APIError', message, data: { size: maxUploadBytes } }],
    })
  })

  it('PDFs with JavaScript: plain, name-escaped, or inside a compressed stream', async () => {
    const message = 'PDF files with JavaScript or other active content are not accepted.'
    await expectRefused(
      pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'),
      'a.pdf',
      'application/pdf',
      message,
    )
    await expectRefused(
      pdf('/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>'),
      'b.pdf',
      'application/pdf',
      message,
    )
    await expectRefused(
      pdf('/OpenAction 4 0 R', [compressedScriptObject()]),
      'c.pdf',
      'application/pdf',
      message,
    )
    await expectRefused(
      pdf('/OpenAction << /S /Launch /F (cmd.exe) >>'),
      'd.pdf',
      'application/pdf',
      message,
    )
  })
})
