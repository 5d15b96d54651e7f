import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { beforeAll, describe, expect, it } from 'vitest'

import { fiTranslations } from '../../src/i18n/fi.js'
import { lexicalFi } from '../../src/i18n/lexical.js'
import { loadBuiltConfig } from './builtConfig.js'

type Tree = { [key: string]: Tree | string }

/** `namespace:key` → string, nested objects joined with ':' as Payload's `t()` addresses them. */
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') out.set(name, value)
    else for (const [k, v] of flatten(value, name)) out.set(k, v)
  }
  return out
}

/**
 * What must survive translation: `{{variables}}`, `<0>` numbered tags, HTML tags and attributes.
 * Compared as a set: Finnish may name `{{label}}` once where English repeats it.
 */
const placeholders = (text: string): string[] =>
  [
    ...new Set([...text.matchAll(/\{\{[^}]+\}\}|<\/?\d+>|<\/?[a-z]+[^>]*>/g)].map(([m]) => m)),
  ].sort()

/** Keys missing, empty, or with placeholders other than English's, as readable lines. */
const mismatches = (english: Map<string, string>, finnish: Map<string, string>): string[] => {
  const problems: string[] = []
  for (const [key, source] of english) {
    const target = finnish.get(key)
    if (target === undefined) problems.push(`missing ${key}`)
    else if (target.trim() === '') problems.push(`empty ${key}`)
    else if (placeholders(target).join(' ') !== placeholders(source).join(' '))
      problems.push(`placeholders ${key}: ${placeholders(target)} ≠ ${placeholders(source)}`)
  }
  for (const key of finnish.keys()) if (!english.has(key)) problems.push(`unknown ${key}`)
  return problems
}

describe('the Finnish admin translation', () => {
  const english = flatten(en.translations as unknown as Tree)
  const finnish = flatten(fiTranslations as unknown as Tree)

  it('has every key of Payload English translation, with the same placeholders', () => {
    expect(english.size).toBe(587)
    expect(mismatches(english, finnish)).toEqual([])
  })

  it('translates every string instead of copying the English', () => {
    const copied = [...english].filter(([key, text]) => finnish.get(key) === text)
    expect(copied.map(([k]) => k)).toEqual([])
  })

  it('names its own language in Finnish for the language picker', () => {
    expect(fiTranslations.general.thisLanguage).toBe('Suomi')
  })

  it('notices a missing key and a changed placeholder', () => {
    const broken = new Map(finnish)
    broken.delete('general:cancel')
    broken.set('fields:addLabel', 'Lisää {{nimi}}')
    expect(mismatches(english, broken)).toEqual([
      'placeholders fields:addLabel: {{nimi}} ≠ {{label}}',
      'missing general:cancel',
    ])
  })
})

describe('the Finnish Lexical editor translation', () => {
  // Every translation the editor package ships (`general`, and one per feature, enabled or not),
  // found on disk so that a new feature in an upgrade fails here until it is translated.
  const lexicalDist = path.dirname(
    createRequire(import.meta.url).resolve('@payloadcms/richtext-lexical'),
  )
  const i18nFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) return i18nFiles(full)
      return name === 'i18n.js' ? [full] : []
    })
  /** The key the editor files a feature's strings under: its folder, `general` for the root. */
  const featureKey = (file: string): string => {
    const parts = path.relative(lexicalDist, path.dirname(file)).split(path.sep)
    const folders = parts.filter((p) => p !== '' && p !== 'server' && p !== 'features')
    return folders.at(-1) ?? 'general'
  }

  let shipped: Map<string, string>
  let built: Map<string, string>
  beforeAll(async () => {
    shipped = new Map()
    for (const file of i18nFiles(lexicalDist)) {
      const { i18n } = (await import(pathToFileURL(file).href)) as { i18n: { en: Tree } }
      for (const [k, v] of flatten(i18n.en, featureKey(file))) shipped.set(k, v)
    }
    const config = await loadBuiltConfig()
    const translations = config.i18n.translations as Record<string, { lexical?: Tree }>
    built = flatten(translations.en!.lexical!)
    expect(flatten(translations.fi!.lexical!)).toEqual(flatten(lexicalFi))
  })

  it('covers every string the editor ships, with the same placeholders', () => {
    expect(shipped.size).toBe(28)
    expect(mismatches(shipped, flatten(lexicalFi))).toEqual([])
  })

  it('covers every string of the editor as this project configures it', () => {
    expect(built.size).toBeGreaterThan(0)
    const fiKeys = flatten(lexicalFi)
    expect([...built.keys()].filter((k) => !fiKeys.has(k))).toEqual([])
  })
})
