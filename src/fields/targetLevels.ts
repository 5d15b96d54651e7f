import type { Field } from 'payload'

import { levelOptions } from '../competence/levels.js'
import { label } from './labels.js'

/** A teacher competence (DigCompEdu or the city's own) and a proficiency level, side by side. */
export const competenceLevelRow = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'competence',
      type: 'relationship',
      relationTo: 'competence-areas',
      required: true,
      filterOptions: { framework: { in: ['digcompedu', 'city'] } },
      label: label('Competence', 'Osaamisalue', 'Kompetens'),
    },
    {
      name: 'level',
      type: 'select',
      options: levelOptions,
      required: true,
      label: label('Level', 'Taso', 'Nivå'),
    },
  ],
})

/**
 * "Helps reach level": for each teacher competence an item develops, the proficiency level it
 * brings a teacher to. Recommendations match it against the level above a teacher's own.
 */
export const targetLevelsField = (): Field => ({
  name: 'targetLevels',
  type: 'array',
  label: label('Helps reach level', 'Auttaa saavuttamaan tason', 'Hjälper att nå nivån'),
  labels: {
    singular: label('Target level', 'Tavoitetaso', 'Målnivå'),
    plural: label('Target levels', 'Tavoitetasot', 'Målnivåer'),
  },
  validate: (rows: unknown) => {
    if (!Array.isArray(rows)) return true
    const ids = rows.map((row: { competence?: unknown }) =>
      typeof row?.competence === 'object' && row.competence
        ? (row.competence as { id?: unknown }).id
        : row?.competence,
    )
    return new Set(ids).size === ids.length ? true : 'Each competence may appear only once'
  },
  fields: [competenceLevelRow()],
})
