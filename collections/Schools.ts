import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone.js'
import { editors } from '../src/access/editors.js'
import { label, option } from '../src/fields/labels.js'
import { locationField } from '../src/fields/location.js'
import { deviceKindOptions, gradeBandOptions } from '../src/fields/vocabularies.js'

/** A duplicate key in a keyed array is a mistake a school would not notice in the form. */
const uniqueBy =
  (key: string, what: string) =>
  (rows: unknown): string | true => {
    if (!Array.isArray(rows)) return true
    const keys = rows.map((row: Record<string, unknown>) => row?.[key])
    return new Set(keys).size === keys.length ? true : `Each ${what} may appear only once`
  }

export const Schools: CollectionConfig = {
  slug: 'schools',
  labels: {
    singular: label('School', 'Koulu', 'Skola'),
    plural: label('Schools', 'Koulut', 'Skolor'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'district'] },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: label('Name', 'Nimi', 'Namn'),
      required: true,
      localized: true,
    },
    {
      name: 'kind',
      type: 'select',
      label: label('Kind', 'Tyyppi', 'Typ'),
      options: [
        option(
          'early-education',
          'Early-education unit',
          'Varhaiskasvatusyksikkö',
          'Enhet för småbarnspedagogik',
        ),
        option('preschool', 'Preschool', 'Esiopetus', 'Förskola'),
        option('comprehensive', 'Comprehensive school', 'Peruskoulu', 'Grundskola'),
        option('upper-secondary', 'Upper secondary school', 'Lukio', 'Gymnasium'),
        option(
          'vocational',
          'Vocational institution',
          'Ammatillinen oppilaitos',
          'Yrkesläroanstalt',
        ),
      ],
      required: true,
    },
    { name: 'district', type: 'text', label: label('District', 'Alue', 'Område'), index: true },
    locationField(),
    {
      name: 'pupils',
      type: 'array',
      label: label('Pupils by grade band', 'Oppilaat luokka-asteittain', 'Elever per årskurs'),
      labels: {
        singular: label('Grade band', 'Luokka-aste', 'Årskurs'),
        plural: label('Grade bands', 'Luokka-asteet', 'Årskurser'),
      },
      validate: uniqueBy('gradeBand', 'grade band'),
      fields: [
        {
          name: 'gradeBand',
          type: 'select',
          options: gradeBandOptions,
          required: true,
          label: label('Grade band', 'Luokka-aste', 'Årskurs'),
        },
        {
          name: 'count',
          type: 'number',
          min: 0,
          max: 5000,
          required: true,
          label: label('Pupils', 'Oppilaita', 'Elever'),
        },
      ],
    },
    {
      name: 'devices',
      type: 'array',
      label: label('Device inventory', 'Laitekanta', 'Enhetsinventarie'),
      labels: {
        singular: label('Device kind', 'Laitetyyppi', 'Enhetstyp'),
        plural: label('Device kinds', 'Laitetyypit', 'Enhetstyper'),
      },
      validate: uniqueBy('kind', 'device kind'),
      fields: [
        {
          name: 'kind',
          type: 'select',
          options: deviceKindOptions,
          required: true,
          label: label('Device kind', 'Laitetyyppi', 'Enhetstyp'),
        },
        {
          name: 'count',
          type: 'number',
          min: 0,
          max: 10000,
          required: true,
          label: label('Count', 'Määrä', 'Antal'),
        },
      ],
    },
    {
      name: 'isExample',
      type: 'checkbox',
      label: label('Example content', 'Esimerkkisisältö', 'Exempelinnehåll'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
