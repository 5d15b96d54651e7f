import { randomBytes } from 'node:crypto'

import { ValidationError, type CollectionSlug, type Payload, type Where } from 'payload'

import { DomainError } from '../../errors.js'
import type { Id } from '../../ids.js'
import { NO_JOINS } from '../../localApi.js'
import { LOCALES, type Locale } from '../../localization.js'
import { transform } from './fields.js'

/** What moves, in an order where each collection's relations point to earlier ones. */
export const TRANSFER_COLLECTIONS = [
  'competence-areas',
  'device-profiles',
  'schools',
  'users',
  'learning-environments',
  'digital-materials',
  'pilots',
  'pedagogical-models',
] as const satisfies readonly CollectionSlug[]
export type TransferCollection = (typeof TRANSFER_COLLECTIONS)[number]

type Doc = Record<string, unknown> & { id: Id }

export type ExportFile = {
  format: 'learning-city-export'
  version: 1
  exportedAt: string
  /** The exporting server: with each item's id it makes the source id that imports key on. */
  source: string
  locales: readonly Locale[]
  collections: Record<TransferCollection, Doc[]>
}

export type Progress = (collection: string, done: number, total: number) => void

/** An export file this server cannot import; the message says what is wrong with it. */
export class TransferError extends DomainError {
  override name = 'TransferError'
  constructor(message: string) {
    super('invalid', message)
  }
}

const READ = {
  overrideAccess: true,
  draft: false,
  depth: 0,
  pagination: false,
  ...NO_JOINS,
} as const

const fieldsOf = (payload: Payload, collection: TransferCollection) =>
  payload.collections[collection].config.flattenedFields

/**
 * Every item of the transferred collections as stored (published table; a never-published item is
 * its draft), all locales, relations as ids; no secrets, no computed fields.
 */
export const exportContent = async (
  payload: Payload,
  source: string,
  onProgress: Progress = () => {},
): Promise<ExportFile> => {
  const collections = {} as Record<TransferCollection, Doc[]>
  for (const collection of TRANSFER_COLLECTIONS) {
    const { docs } = await payload.find({ ...READ, collection, locale: 'all', sort: 'id' })
    const fields = fieldsOf(payload, collection)
    collections[collection] = docs.map((doc, i) => {
      onProgress(collection, i + 1, docs.length)
      return { id: doc.id, ...transform(fields, { ...doc }, {}) }
    })
    if (docs.length === 0) onProgress(collection, 0, 0)
  }
  return {
    format: 'learning-city-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    source,
    locales: LOCALES,
    collections,
  }
}

export type ImportSummary = {
  created: number
  updated: number
  /** Per collection: source id → local id. */
  ids: Record<string, Record<string, Id>>
}

/** Natural keys, used when a source id was never seen here: seeded reference data already exists. */
const naturalKey = (collection: TransferCollection, doc: Doc): Where | null => {
  const fi = (v: unknown) =>
    typeof v === 'object' && v !== null ? (v as Record<string, unknown>).fi : v
  switch (collection) {
    case 'competence-areas':
      return { and: [{ framework: { equals: doc.framework } }, { code: { equals: doc.code } }] }
    case 'users':
      return typeof doc.email === 'string' ? { email: { equals: doc.email } } : null
    case 'device-profiles':
    case 'schools':
      return fi(doc.name) ? { name: { equals: fi(doc.name) } } : null
    default:
      return typeof doc.slug === 'string' ? { slug: { equals: doc.slug } } : null
  }
}

export const validateExportFile = (value: unknown): ExportFile => {
  const file = value as Partial<ExportFile> | null
  if (
    !file ||
    file.format !== 'learning-city-export' ||
    file.version !== 1 ||
    typeof file.source !== 'string'
  ) {
    throw new TransferError(
      'Not a Learning City export file (format "learning-city-export", version 1).',
    )
  }
  for (const collection of TRANSFER_COLLECTIONS) {
    const docs = file.collections?.[collection] ?? []
    if (
      !Array.isArray(docs) ||
      docs.some(
        (d) => typeof d !== 'object' || d === null || !['string', 'number'].includes(typeof d.id),
      )
    ) {
      throw new TransferError(`The export's "${collection}" must be a list of items with ids.`)
    }
  }
  return file as ExportFile
}

/**
 * Writes an export into this database: each item is found by its source id (then by its natural
 * key) and updated, or created; every locale is written; relations point to the local items.
 * Relations to items created later in the run are filled in by a second pass.
 */
export const importContent = async (
  payload: Payload,
  input: unknown,
  onProgress: Progress = () => {},
): Promise<ImportSummary> => {
  const file = validateExportFile(input)
  const summary: ImportSummary = { created: 0, updated: 0, ids: {} }
  const lookup = (collection: string, id: unknown): Id | undefined =>
    summary.ids[collection]?.[String(id)]
  const pending: { collection: TransferCollection; doc: Doc; local: Id }[] = []
  const write = { overrideAccess: true, depth: 0, context: { importing: true } } as const

  const sourceKey = (collection: string, id: Id) => `${file.source}#${collection}/${id}`
  const existing = async (collection: TransferCollection, doc: Doc): Promise<Id | undefined> => {
    const { docs: mapped } = await payload.find({
      ...READ,
      collection: 'import-sources',
      where: { sourceKey: { equals: sourceKey(collection, doc.id) } },
      limit: 1,
    })
    const candidates: Where[] = []
    const target = mapped[0]?.targetId
    if (target !== undefined) candidates.push({ id: { equals: target } })
    const natural = naturalKey(collection, doc)
    if (natural) candidates.push(natural)
    for (const where of candidates) {
      const { docs } = await payload.find({ ...READ, collection, where, limit: 1, locale: 'fi' })
      if (docs[0]) return docs[0].id
    }
    return undefined
  }

  const flagging = (unresolved: { value: boolean }) => (target: string, id: unknown) => {
    const found = lookup(target, id)
    if (found === undefined && id !== null && id !== undefined) unresolved.value = true
    return found
  }

  const writeLocales = async (
    collection: TransferCollection,
    doc: Doc,
    local: Id,
    unresolved: { value: boolean },
    skipFirst = false,
  ) => {
    const fields = fieldsOf(payload, collection)
    const map = flagging(unresolved)
    const versioned = collection !== 'users'
    const status = doc._status === 'published' ? 'published' : 'draft'
    for (const locale of file.locales.filter((l) => (LOCALES as readonly string[]).includes(l))) {
      if (skipFirst && locale === file.locales[0]) continue
      const data = transform(fields, doc, {
        map,
        locale,
        onlyLocalized: locale !== file.locales[0],
      })
      if (locale !== file.locales[0] && Object.keys(data).length === 0) continue
      const update = (draft: boolean) =>
        payload.update({
          ...write,
          collection,
          id: local,
          locale,
          // One call for every transferred collection: no single collection's data type fits.
          data: (versioned ? { ...data, _status: status } : data) as never,
          draft,
        })
      // The published table is written (so that it holds what the source held), except for an
      // unfinished draft that only the versions table accepts.
      await update(false).catch((err: unknown) => {
        if (status === 'draft' && versioned && err instanceof ValidationError) return update(true)
        throw err
      })
    }
  }

  for (const collection of TRANSFER_COLLECTIONS) {
    const docs = file.collections[collection] ?? []
    summary.ids[collection] = {}
    for (const [i, doc] of docs.entries()) {
      let local = await existing(collection, doc)
      const unresolved = { value: false }
      const created = local === undefined
      if (local === undefined) {
        const base = transform(fieldsOf(payload, collection), doc, {
          locale: file.locales[0],
          map: flagging(unresolved),
        })
        const made = await payload.create({
          ...write,
          collection,
          locale: file.locales[0],
          data: {
            ...base,
            ...(collection === 'users'
              ? { password: randomBytes(24).toString('base64url') }
              : { _status: doc._status ?? 'draft' }),
            // As in the update above: the data is generic over the transferred collections.
          } as never,
          draft: collection !== 'users' && doc._status !== 'published',
        })
        local = made.id
        summary.created++
      } else {
        summary.updated++
      }
      summary.ids[collection]![String(doc.id)] = local
      // A new item already holds its first locale.
      await writeLocales(collection, doc, local, unresolved, created)
      if (unresolved.value) pending.push({ collection, doc, local })
      await recordSource(payload, sourceKey(collection, doc.id), collection, local)
      onProgress(collection, i + 1, docs.length)
    }
  }
  // Self-references and links to items that came later.
  for (const { collection, doc, local } of pending)
    await writeLocales(collection, doc, local, { value: false })
  return summary
}

const recordSource = async (
  payload: Payload,
  sourceKey: string,
  itemCollection: string,
  local: Id,
) => {
  const { docs } = await payload.find({
    ...READ,
    collection: 'import-sources',
    where: { sourceKey: { equals: sourceKey } },
    limit: 1,
  })
  const data = { sourceKey, itemCollection, targetId: String(local) }
  if (docs[0])
    await payload.update({
      collection: 'import-sources',
      id: docs[0].id,
      data,
      overrideAccess: true,
    })
  else await payload.create({ collection: 'import-sources', data, overrideAccess: true })
}
