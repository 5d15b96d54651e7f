import { slugField, type Field } from 'payload'

import { editorsField } from '../access/editors.js'
import { label } from './labels.js'
import { gradeBandOptions, licenceOptions, subjectOptions } from './vocabularies.js'

export const gradeBandsField = (): Field => ({
  name: 'gradeBands',
  type: 'select',
  hasMany: true,
  label: label('Grade bands', 'Luokka-asteet', 'Årskurser'),
  options: gradeBandOptions,
  index: true,
})

export const subjectsField = (): Field => ({
  name: 'subjects',
  type: 'select',
  hasMany: true,
  label: label('Subjects', 'Oppiaineet', 'Läroämnen'),
  options: subjectOptions,
})

export const competenceAreasField = (): Field => ({
  name: 'competenceAreas',
  type: 'relationship',
  relationTo: 'competence-areas',
  hasMany: true,
  label: label('Competence areas', 'Osaamisalueet', 'Kompetensområden'),
  admin: {
    description: label(
      "Teachers' (DigCompEdu), pupils' (L1–L7) or the city's own competences.",
      'Opettajien (DigCompEdu), oppilaiden (L1–L7) tai kaupungin omat osaamisalueet.',
      'Lärarnas (DigCompEdu), elevernas (L1–L7) eller stadens egna kompetenser.',
    ),
  },
})

export const deviceProfileField = (): Field => ({
  name: 'deviceProfile',
  type: 'relationship',
  relationTo: 'device-profiles',
  label: label('Device requirements', 'Laitetarpeet', 'Enhetsbehov'),
})

export const licenceField = ({ required = true }: { required?: boolean } = {}): Field => ({
  name: 'licence',
  type: 'select',
  label: label('Licence', 'Lisenssi', 'Licens'),
  options: licenceOptions,
  defaultValue: 'cc-by',
  required,
})

export const titleField = (): Field => ({
  name: 'title',
  type: 'text',
  label: label('Title', 'Otsikko', 'Rubrik'),
  required: true,
  localized: true,
  maxLength: 200,
})

export const summaryField = (): Field => ({
  name: 'summary',
  type: 'textarea',
  label: label('Summary', 'Tiivistelmä', 'Sammanfattning'),
  localized: true,
  maxLength: 1000,
})

/** Marks seeded demonstration content so that nobody mistakes it for a real practice. */
export const exampleField = (): Field => ({
  name: 'isExample',
  type: 'checkbox',
  label: label('Example content', 'Esimerkkisisältö', 'Exempelinnehåll'),
  defaultValue: false,
  // Only editors mark content as an example; anyone else's value is dropped.
  access: { create: editorsField, update: editorsField },
  admin: { position: 'sidebar', readOnly: true },
})

/**
 * Payload's slug field, generated from the title. `required` is off because the row's fields are
 * validated concurrently with the hook that generates the slug, so a published create would fail
 * "slug is required" before the slug exists; the hook still fills it on every create.
 */
export const slugFromTitle = (): Field =>
  slugField({
    required: false,
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? { ...field, label: label('URL name', 'URL-tunniste', 'URL-namn') }
          : field,
      ),
    }),
  })
