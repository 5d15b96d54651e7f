/**
 * Production start serves the Next build as it is and never builds: no build is refused with one
 * line, a build older than the sources is served with a warning, a fresh one silently.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { requireNextBuild, sourceHash } from '../../src/server/nextBuild.js'

let root: string
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'learning-city-build-'))
  mkdirSync(path.join(root, 'src'))
  writeFileSync(path.join(root, 'src/page.tsx'), 'export default () => null\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const warnings = async (): Promise<string[]> => {
  const lines: string[] = []
  await requireNextBuild({ root, warn: (line) => lines.push(line) })
  return lines
}

const build = async (hash: string) => {
  mkdirSync(path.join(root, '.next'), { recursive: true })
  writeFileSync(path.join(root, '.next/BUILD_ID'), 'test')
  writeFileSync(path.join(root, '.next/learning-city-build.json'), JSON.stringify({ hash }))
}

describe('production start', () => {
  it('refuses to start without a build, with one line saying what to run', async () => {
    await expect(warnings()).rejects.toThrow(
      'No Next build in .next: run `npm run build` before starting in production.',
    )
  })

  it('serves a build older than the sources with a warning, and a fresh one silently', async () => {
    await build('an older hash')
    expect(await warnings()).toEqual([
      'The Next build in .next is older than the sources: run `npm run build` again.',
    ])
    await build(await sourceHash(root))
    expect(await warnings()).toEqual([])
  })
})
