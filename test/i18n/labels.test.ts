import type { CollectionConfig, Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadBuiltConfig } from './builtConfig.js'

const LANGUAGES = ['fi', 'sv', 'en'] as const

/** Why a label is not a complete fi/sv/en object, or undefined when it is. */
const labelProblem = (value: unknown): string | undefined => {
  if (typeof value === 'string') return `plain string ${JSON.stringify(value)}`
  if (typeof value !== 'object' || value === null) return `not a label: ${String(value)}`
  const missing = LANGUAGES.filter((lang) => {
    const text = (value as Record<string, unknown>)[lang]
    return typeof text !== 'string' || text.trim() === ''
  })
  return missing.length > 0 ? `missing ${missing.join(', ')}` : undefined
}

/**
 * Fields Payload adds by itself and translates through its own i18n (function labels, or hidden):
 * timestamps, the draft status, and an upload collection's file fields.
 */
const PAYLOAD_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])
const UPLOAD_FIELDS = new Set([
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
])

type Problem = string

/** Every label a person sees in the admin for these fields, with the problems found. */
const fieldProblems = (fields: Field[], path: string, skip: Set<string>): Problem[] =>
  fields.flatMap((field): Problem[] => {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    if (named && skip.has(named)) return []
    // A field nobody sees in the admin shows no label.
    if ('hidden' in field && field.hidden === true) return []
    if (field.admin && ('hidden' in field.admin ? field.admin.hidden === true : false)) return []
    if (field.admin && 'disabled' in field.admin && field.admin.disabled === true) return []

    const here = `${path}.${named ?? `(${field.type})`}`
    const problems: Problem[] = []
    const check = (what: string, value: unknown) => {
      // Payload's own labels are functions of the request's i18n; `false` means no label.
      if (typeof value === 'function' || value === false) return
      const problem = labelProblem(value)
      if (problem) problems.push(`${here} ${what}: ${problem}`)
    }

    // Rows have no label; a UI field has one only when it shows one.
    if ('label' in field && !(field.type === 'ui' && !field.label)) check('label', field.label)
    if ((field.type === 'array' || field.type === 'blocks') && field.labels) {
      check('labels.singular', field.labels.singular)
      check('labels.plural', field.labels.plural)
    }
    if ((field.type === 'select' || field.type === 'radio') && field.options) {
      for (const option of field.options) {
        if (typeof option === 'string') problems.push(`${here} option ${option}: no label`)
        else check(`option ${option.value}`, option.label)
      }
    }
    if ('fields' in field && Array.isArray(field.fields))
      problems.push(...fieldProblems(field.fields, here, new Set()))
    if (field.type === 'tabs') {
      field.tabs.forEach((tab, index) => {
        const tabPath = `${here}.tab[${'name' in tab && tab.name ? tab.name : index}]`
        const tabLabel = labelProblem(tab.label)
        if (typeof tab.label !== 'function' && tabLabel)
          problems.push(`${tabPath} label: ${tabLabel}`)
        problems.push(...fieldProblems(tab.fields, tabPath, new Set()))
      })
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks) {
        const blockPath = `${here}.block[${block.slug}]`
        for (const key of ['singular', 'plural'] as const) {
          const problem = labelProblem(block.labels?.[key])
          if (problem) problems.push(`${blockPath} labels.${key}: ${problem}`)
        }
        problems.push(...fieldProblems(block.fields, blockPath, new Set()))
      }
    }
    return problems
  })

const collectionProblems = (collection: SanitizedConfig['collections'][number]): Problem[] => {
  const problems: Problem[] = []
  for (const key of ['singular', 'plural'] as const) {
    const problem = labelProblem(collection.labels[key])
    if (problem) problems.push(`${collection.slug} labels.${key}: ${problem}`)
  }
  const group = collection.admin.group
  if (group !== undefined && group !== false) {
    const problem = labelProblem(group)
    if (problem) problems.push(`${collection.slug} admin.group: ${problem}`)
  }
  const skip = new Set(PAYLOAD_FIELDS)
  if (collection.upload) for (const name of UPLOAD_FIELDS) skip.add(name)
  return [...problems, ...fieldProblems(collection.fields, collection.slug, skip)]
}

describe('labels of the project collections', () => {
  let config: SanitizedConfig
  let projectCollections: CollectionConfig[]
  beforeAll(async () => {
    config = await loadBuiltConfig()
    projectCollections = (await import('../../collections/index.js')).collections
  })

  it('walks every project collection of the built config', () => {
    const built = new Set<string>(config.collections.map((c) => c.slug))
    expect(projectCollections.length).toBeGreaterThan(10)
    expect(projectCollections.filter((c) => !built.has(c.slug)).map((c) => c.slug)).toEqual([])
  })

  it('are all localized in fi, sv and en, down to nested fields and select options', () => {
    const slugs = new Set(projectCollections.map((c) => c.slug))
    const problems = config.collections
      .filter((collection) => slugs.has(collection.slug))
      .flatMap(collectionProblems)
    expect(problems).toEqual([])
  })

  it('would report a plain-string label, a missing language and an unlabelled option', () => {
    const fields = [
      {
        type: 'group',
        name: 'outer',
        label: { en: 'Outer', fi: 'Ulompi', sv: 'Yttre' },
        fields: [
          { type: 'text', name: 'plain', label: 'Plain' },
          {
            type: 'tabs',
            tabs: [{ label: { en: 'Tab', fi: '', sv: 'Flik' }, fields: [] }],
          },
          { type: 'select', name: 'kind', options: ['a'], label: { en: 'K', fi: 'K', sv: 'K' } },
        ],
      },
    ] as Field[]
    expect(fieldProblems(fields, 'x', new Set())).toEqual([
      'x.outer.plain label: plain string "Plain"',
      'x.outer.(tabs).tab[0] label: missing fi',
      'x.outer.kind option a: no label',
    ])
  })
})
