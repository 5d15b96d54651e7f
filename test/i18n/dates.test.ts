import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadBuiltConfig } from './builtConfig.js'

const hiddenInAdmin = (admin: unknown): boolean => {
  const { hidden, disabled } = (admin ?? {}) as { hidden?: boolean; disabled?: boolean }
  return hidden === true || disabled === true
}

/** Added by Payload and formatted by `admin.dateFormat` in lists and the sidebar. */
const PAYLOAD_DATES = new Set(['createdAt', 'updatedAt'])

/** `collection.path: displayFormat / timeFormat` of every date field the admin shows. */
const dateFormats = (fields: Field[], path: string): string[] =>
  fields.flatMap((field): string[] => {
    const here = 'name' in field ? `${path}.${field.name}` : path
    if (('hidden' in field && field.hidden) || hiddenInAdmin(field.admin)) return []
    if (field.type === 'date') {
      if (PAYLOAD_DATES.has(field.name)) return []
      const date = (field.admin?.date ?? {}) as { displayFormat?: string; timeFormat?: string }
      return [`${here}: ${date.displayFormat} / ${date.timeFormat}`]
    }
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFormats(tab.fields, here))
    if ('fields' in field && Array.isArray(field.fields)) return dateFormats(field.fields, here)
    return []
  })

let config: SanitizedConfig
beforeAll(async () => {
  config = await loadBuiltConfig()
})

describe('admin dates', () => {
  it('every date field shows day.month.year and a 24-hour time, never MM/dd/yyyy', () => {
    const formats = config.collections.flatMap((c) => dateFormats(c.fields, c.slug))
    expect(formats).toEqual([
      'pedagogical-models.publishedAt: d.M.yyyy HH.mm / HH.mm',
      'digital-materials.publishedAt: d.M.yyyy HH.mm / HH.mm',
      'learning-environments.publishedAt: d.M.yyyy HH.mm / HH.mm',
      'pilots.publishedAt: d.M.yyyy HH.mm / HH.mm',
      'trainings.sessions.start: d.M.yyyy HH.mm / HH.mm',
      'trainings.sessions.end: d.M.yyyy HH.mm / HH.mm',
      'trainings.registrationDeadline: d.M.yyyy HH.mm / HH.mm',
      'trainings.publishedAt: d.M.yyyy HH.mm / HH.mm',
      'training-registrations.queuedAt: d.M.yyyy HH.mm / HH.mm',
      'training-registrations.cancelledAt: d.M.yyyy HH.mm / HH.mm',
      'credentials.issuedAt: d.M.yyyy HH.mm / HH.mm',
      'credentials.revokedAt: d.M.yyyy HH.mm / HH.mm',
      'oai-deletions.deletedAt: d.M.yyyy HH.mm / HH.mm',
      'search-outbox.nextAttemptAt: d.M.yyyy HH.mm / HH.mm',
      'search-outbox.lockedUntil: d.M.yyyy HH.mm / HH.mm',
    ])
  })
})
