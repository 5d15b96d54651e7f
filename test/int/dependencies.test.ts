/**
 * Stands in for Payload's start-up dependency check, which src/plugins/mediaStorage.ts turns off:
 * every Payload package is on payload's own version, one copy each, except the S3 storage pair,
 * which was never published at that version.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const versionOf = (dir: string): string =>
  (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version

/** Every copy of a package under node_modules, nested ones included, as paths from the root. */
const copiesOf = (name: string, dir = path.join(root, 'node_modules')): string[] => {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const full = path.join(dir, entry.name)
    if (entry.name.startsWith('@')) {
      found.push(...copiesOf(name, full))
      continue
    }
    const pkgName = path
      .relative(path.join(root, 'node_modules'), full)
      .split('/node_modules/')
      .pop()
    if (pkgName === name) found.push(path.relative(root, full))
    const nested = path.join(full, 'node_modules')
    try {
      found.push(...copiesOf(name, nested))
    } catch {
      // No nested node_modules.
    }
  }
  return found
}

const EXCEPTIONS: Record<string, string> = {
  '@payloadcms/storage-s3': '3.90.1',
  '@payloadcms/plugin-cloud-storage': '3.90.1',
}

describe('Payload packages', () => {
  it('are all on payload’s version, one copy each, but for the S3 storage pair', () => {
    const target = versionOf(path.join(root, 'node_modules/payload'))
    expect(target).toBe('3.90.2')
    const scoped = readdirSync(path.join(root, 'node_modules/@payloadcms')).map(
      (name) => `@payloadcms/${name}`,
    )
    const versions = Object.fromEntries(
      ['payload', ...scoped].map((name) => [
        name,
        versionOf(path.join(root, 'node_modules', name)),
      ]),
    )
    expect(versions).toEqual(
      Object.fromEntries(Object.keys(versions).map((name) => [name, EXCEPTIONS[name] ?? target])),
    )
    expect(copiesOf('payload')).toEqual(['node_modules/payload'])
    expect(copiesOf('@payloadcms/ui')).toEqual(['node_modules/@payloadcms/ui'])
  })
})
