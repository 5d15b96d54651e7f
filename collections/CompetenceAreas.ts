import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone.js'
import { editors } from '../src/access/editors.js'
import { label, option } from '../src/fields/labels.js'
import { reindexDependents, reindexDependentsBeforeDelete } from '../src/hooks/reindexDependents.js'

export const COMPETENCE_FRAMEWORKS = ['digcompedu', 'transversal', 'city'] as const
export type CompetenceFramework = (typeof COMPETENCE_FRAMEWORKS)[number]

export const CompetenceAreas: CollectionConfig = {
  slug: 'competence-areas',
  labels: {
    singular: label('Competence area', 'Osaamisalue', 'Kompetensområde'),
    plural: label('Competence areas', 'Osaamisalueet', 'Kompetensområden'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'framework', 'parent'],
    listSearchableFields: ['code', 'name'],
  },
  defaultSort: 'code',
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: { afterChange: [reindexDependents], beforeDelete: [reindexDependentsBeforeDelete] },
  indexes: [{ fields: ['framework', 'code'], unique: true }],
  fields: [
    {
      name: 'framework',
      type: 'select',
      label: label('Framework', 'Viitekehys', 'Referensram'),
      options: [
        option(
          'digcompedu',
          'DigCompEdu (teachers)',
          'DigCompEdu (opettajat)',
          'DigCompEdu (lärare)',
        ),
        option(
          'transversal',
          'Transversal competences L1–L7 (pupils)',
          'Laaja-alainen osaaminen L1–L7 (oppilaat)',
          'Mångsidig kompetens K1–K7 (elever)',
        ),
        option(
          'city',
          "The city's frame of reference",
          'Kaupungin viitekehys',
          'Stadens referensram',
        ),
      ] satisfies { value: CompetenceFramework }[],
      required: true,
      index: true,
    },
    {
      name: 'code',
      type: 'text',
      label: label('Code', 'Koodi', 'Kod'),
      required: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9.-]{0,15}$/.test(value)
          ? true
          : 'Code must be 1–16 letters, digits, dots or dashes, such as 3.1 or L5',
    },
    {
      name: 'name',
      type: 'text',
      label: label('Name', 'Nimi', 'Namn'),
      required: true,
      localized: true,
    },
    {
      name: 'description',
      type: 'textarea',
      label: label('Description', 'Kuvaus', 'Beskrivning'),
      localized: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'competence-areas',
      label: label('Parent', 'Yläkäsite', 'Överordnad'),
      index: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'children',
      type: 'join',
      collection: 'competence-areas',
      on: 'parent',
      label: label('Sub-areas', 'Alakäsitteet', 'Underområden'),
      defaultSort: 'code',
    },
    {
      name: 'isTranslation',
      type: 'checkbox',
      label: label(
        'Finnish and Swedish names are translations',
        'Suomen- ja ruotsinkieliset nimet ovat käännöksiä',
        'Finska och svenska namn är översättningar',
      ),
      admin: { position: 'sidebar' },
    },
  ],
}
