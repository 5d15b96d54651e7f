import type { Field, Plugin } from 'payload'

import { ADMIN_DATE_FORMAT } from '../i18n/index.js'

const TIME_FORMAT = 'HH.mm'

/** The picker's default would be `MM/dd/yyyy`, which a Finn reads as day 12 of March for 3 December. */
const formatFor = (appearance: string | undefined): string => {
  if (appearance === 'dayOnly') return 'd.M.yyyy'
  if (appearance === 'timeOnly') return TIME_FORMAT
  if (appearance === 'monthOnly') return 'M.yyyy'
  return ADMIN_DATE_FORMAT
}

const withFinnishDates = (field: Field): Field => {
  if (field.type === 'date') {
    const date = (field.admin?.date ?? {}) as { pickerAppearance?: string; displayFormat?: string }
    return {
      ...field,
      admin: {
        ...field.admin,
        // A field's own format, where it has one, wins.
        date: {
          displayFormat: formatFor(date.pickerAppearance),
          timeFormat: TIME_FORMAT,
          // Weeks start on Monday in Finland.
          overrides: { calendarStartDay: 1 },
          ...date,
        },
      },
    } as Field
  }
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFinnishDates) })),
    }
  }
  if (field.type === 'blocks') {
    return {
      ...field,
      blocks: field.blocks.map((block) => ({
        ...block,
        fields: block.fields.map(withFinnishDates),
      })),
    }
  }
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, fields: field.fields.map(withFinnishDates) } as Field
  }
  return field
}

/**
 * Every date field of every collection, present and future, shows and takes dates in the admin as
 * written in Finland (`3.12.2026 08.00`, weeks from Monday), in all three interface languages;
 * lists and the sidebar already follow `admin.dateFormat`. Month and weekday names stay English:
 * Payload's date library loads no Finnish.
 */
export const finnishDates: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: collection.fields.map(withFinnishDates),
  })),
})
