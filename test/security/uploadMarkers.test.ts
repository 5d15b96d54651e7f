import { describe, expect, it } from 'vitest'

import { hasForeignMarker, uploadProblem } from '../../src/hooks/validateUpload.js'
import { realImage } from './support/files.js'

/** The markers as they were once checked: regular expressions over the file read as Latin-1. */
const REFERENCE = [/<script/i, /<html/i, /<!doctype html/i, /<\?php/i, /<svg[\s>]/i, /<iframe/i]
const reference = (buf: Buffer): boolean => {
  const text = buf.toString('latin1')
  return REFERENCE.some((marker) => marker.test(text))
}

const latin1 = (text: string) => Buffer.from(text, 'latin1')

/** A JPEG with `text` in a comment segment right after its start marker: inside, not appended. */
const jpegWithComment = async (text: string): Promise<Buffer> => {
  const jpeg = await realImage('jpeg')
  const comment = latin1(text)
  const segment = Buffer.alloc(4)
  segment.writeUInt16BE(0xfffe, 0)
  segment.writeUInt16BE(comment.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), segment, comment, jpeg.subarray(2)])
}

describe('foreign markers inside a file', () => {
  const cases = [
    '<script',
    '<ScRiPt src=x>',
    '<HTML>',
    '<!DOCTYPE html>',
    '<!doctype HTML',
    '<!doctype  html',
    '<?PHP echo 1',
    '<iframe',
    '<IFRAME',
    '<svg>',
    '<SVG ',
    ...['\t', '\n', '\v', '\f', '\r', ' ', '\xa0'].map((space) => `<svg${space}`),
    '<svg',
    '<svgx',
    '<svg\x85',
    '<svg\x1c',
    '< script',
    '<scrip',
    '<\xdfcript',
    'script',
    '<<script',
    '<html<',
    '<ht',
    '<?ph',
  ]

  it.each(cases)('%j is found exactly where the regular expressions find it', (text) => {
    for (const buf of [latin1(text), latin1(`ab${text}`), latin1(`${text}cd`)]) {
      expect(hasForeignMarker(buf)).toBe(reference(buf))
    }
  })

  it('agrees with the regular expressions on random bytes seeded with markers', () => {
    let seed = 1
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    const pieces = cases.map(latin1)
    let found = 0
    for (let round = 0; round < 2000; round++) {
      const parts: Buffer[] = []
      for (let i = 0; i < 8; i++) {
        if (random() < 0.15) parts.push(pieces[Math.floor(random() * pieces.length)]!)
        else parts.push(Buffer.from(Array.from({ length: 16 }, () => Math.floor(random() * 256))))
      }
      const buf = Buffer.concat(parts)
      const expected = reference(buf)
      if (expected) found++
      expect(hasForeignMarker(buf)).toBe(expected)
    }
    // The seed is fixed, so the mix is too: about half of the buffers carry a marker.
    expect(found).toBe(1045)
  })

  it('refuses a JPEG that carries markup in a comment, not only after its end', async () => {
    const file = (data: Buffer) => ({ data, mimetype: 'image/jpeg', name: 'photo.jpg' })
    expect(await uploadProblem(file(await jpegWithComment('a plain comment')))).toBeUndefined()
    expect(await uploadProblem(file(await jpegWithComment('<ScRiPt>alert(1)</script>')))).toBe(
      'The file is not a plain JPEG file: it carries another file or markup.',
    )
  })
})
