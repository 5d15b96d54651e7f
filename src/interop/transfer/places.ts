import { parse } from 'csv-parse/sync'
import { ValidationError, type Payload } from 'payload'

import { httpUrl } from '../../fields/validators.js'
import { ENVIRONMENT_KINDS, type EnvironmentKind } from '../../fields/vocabularies.js'

/** The columns `npm run import:places` reads; a header row names them. */
export const PLACE_COLUMNS = [
  'name_fi',
  'name_sv',
  'name_en',
  'lat',
  'lng',
  'address',
  'kind',
  'url',
] as const

export type PlacesSummary = {
  imported: number
  updated: number
  rejected: { line: number; message: string }[]
}

type Row = Record<(typeof PLACE_COLUMNS)[number], string>
type Place = {
  externalId: string
  title: { fi: string; sv: string; en: string }
  location: { lat: number; lng: number }
  address: { street: string | null; postalCode: string | null; locality: string | null }
  kind: EnvironmentKind
  website: string | null
}

/** "Street 1, 00100 Helsinki" → its parts; anything else is kept as the street. */
export const splitAddress = (value: string): Place['address'] => {
  const match = /^(.+?),\s*(\d{5})\s+(.+)$/.exec(value.trim())
  if (match) return { street: match[1]!.trim(), postalCode: match[2]!, locality: match[3]!.trim() }
  return { street: value.trim() || null, postalCode: null, locality: null }
}

const coordinate = (value: string, name: string, limit: number): number => {
  const n = /^-?\d{1,3}(\.\d+)?$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isFinite(n) || Math.abs(n) > limit)
    throw new Error(`${name} must be a number between -${limit} and ${limit}, not "${value}"`)
  return n
}

/** One CSV row as a place, or an Error that says what is wrong with it. */
export const placeFromRow = (row: Row): Place => {
  const fi = row.name_fi?.trim() ?? ''
  if (!fi) throw new Error('name_fi is required')
  if (fi.length > 200) throw new Error('name_fi must be at most 200 characters')
  const kind = row.kind?.trim() ?? ''
  if (!(ENVIRONMENT_KINDS as readonly string[]).includes(kind))
    throw new Error(`kind must be one of ${ENVIRONMENT_KINDS.join(', ')}, not "${kind}"`)
  const url = row.url?.trim() ?? ''
  if (url && httpUrl(url) !== true) throw new Error(`url must be an http(s) address, not "${url}"`)
  return {
    externalId: `csv:${fi.toLowerCase().replace(/\s+/g, ' ')}`,
    title: { fi, sv: row.name_sv?.trim() || fi, en: row.name_en?.trim() || fi },
    location: {
      lat: coordinate(row.lat?.trim() ?? '', 'lat', 90),
      lng: coordinate(row.lng?.trim() ?? '', 'lng', 180),
    },
    address: splitAddress(row.address ?? ''),
    kind: kind as EnvironmentKind,
    website: url || null,
  }
}

/**
 * Imports learning environments from CSV: each good row is created (published) or, when a place
 * from the same name was imported before, updated; each bad row is reported by line and skipped.
 */
export const importPlacesCsv = async (
  payload: Payload,
  csv: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<PlacesSummary> => {
  const summary: PlacesSummary = { imported: 0, updated: 0, rejected: [] }
  const records = parse(csv, {
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim().toLowerCase())
      const missing = PLACE_COLUMNS.filter((c) => !names.includes(c))
      if (missing.length) throw new Error(`The header row lacks the columns ${missing.join(', ')}.`)
      return names
    },
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err)
        summary.rejected.push({
          line: Number(err.lines),
          message: err.message,
        })
      return undefined
    },
  }) as { record: Row; info: { lines: number } }[]
  for (const [i, { record, info }] of records.entries()) {
    try {
      const place = placeFromRow(record)
      const { docs } = await payload.find({
        collection: 'learning-environments',
        where: { 'source.externalId': { equals: place.externalId } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const common = { overrideAccess: true, depth: 0, context: { importing: true } } as const
      const data = {
        _status: 'published' as const,
        reviewStatus: 'published' as const,
        kind: place.kind,
        location: place.location,
        address: place.address,
        website: place.website,
        source: { externalId: place.externalId, attribution: 'CSV import' },
      }
      const id = docs[0]
        ? (
            await payload.update({
              ...common,
              collection: 'learning-environments',
              id: docs[0].id,
              locale: 'fi',
              data: { ...data, title: place.title.fi },
            })
          ).id
        : (
            await payload.create({
              ...common,
              collection: 'learning-environments',
              locale: 'fi',
              data: { ...data, title: place.title.fi },
            })
          ).id
      for (const locale of ['sv', 'en'] as const) {
        await payload.update({
          ...common,
          collection: 'learning-environments',
          id,
          locale,
          data: { title: place.title[locale], _status: 'published' },
        })
      }
      if (docs[0]) summary.updated++
      else summary.imported++
    } catch (err) {
      const message =
        err instanceof ValidationError
          ? err.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
          : err instanceof Error
            ? err.message
            : String(err)
      summary.rejected.push({ line: info.lines, message })
    }
    onProgress(i + 1, records.length)
  }
  summary.rejected.sort((a, b) => a.line - b.line)
  return summary
}
