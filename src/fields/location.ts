import type { Field, GroupField } from 'payload'

import { label } from './labels.js'

const inRange =
  (min: number, max: number, what: string) =>
  (value: unknown): string | true => {
    if (value === null || value === undefined) return true
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      return `${what} must be a number between ${min} and ${max}`
    }
    return true
  }

/** A WGS 84 point as two plain numbers, so that every database adapter stores it the same way. */
export const locationField = ({ required = false }: { required?: boolean } = {}): GroupField => ({
  name: 'location',
  type: 'group',
  label: label('Location', 'Sijainti', 'Plats'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'lat',
          type: 'number',
          label: label('Latitude', 'Leveysaste', 'Latitud'),
          required,
          validate: inRange(-90, 90, 'Latitude'),
        },
        {
          name: 'lng',
          type: 'number',
          label: label('Longitude', 'Pituusaste', 'Longitud'),
          required,
          validate: inRange(-180, 180, 'Longitude'),
        },
      ],
    },
  ] satisfies Field[],
})
