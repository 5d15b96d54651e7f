import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated.js'
import { nobodyField } from '../src/access/nobody.js'
import { ownerOnly } from '../src/access/ownerOnly.js'
import { label } from '../src/fields/labels.js'
import { competenceLevelRow } from '../src/fields/targetLevels.js'
import { assignOwner } from '../src/hooks/assignOwner.js'
import { checkAssessedCompetences } from '../src/hooks/checkAssessedCompetences.js'

/**
 * A teacher's self-assessment on the frame of reference. Each re-assessment is a new row, so the
 * rows are the teacher's history. Only the teacher ever reads a row: admins and leaders get
 * aggregates from /api/leader, never rows. No versions, so no version endpoint can leak either.
 */
export const SelfAssessments: CollectionConfig = {
  slug: 'self-assessments',
  labels: {
    singular: label('Self-assessment', 'Itsearviointi', 'Självbedömning'),
    plural: label('Self-assessments', 'Itsearvioinnit', 'Självbedömningar'),
  },
  admin: { defaultColumns: ['createdAt', 'teacher'] },
  defaultSort: '-createdAt',
  access: {
    read: ownerOnly('teacher'),
    create: authenticated,
    update: ownerOnly('teacher'),
    delete: ownerOnly('teacher'),
  },
  hooks: {
    beforeValidate: [assignOwner('teacher')],
    beforeChange: [checkAssessedCompetences],
  },
  fields: [
    {
      name: 'teacher',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('Teacher', 'Opettaja', 'Lärare'),
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'answers',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 200,
      label: label('Answers', 'Vastaukset', 'Svar'),
      labels: {
        singular: label('Answer', 'Vastaus', 'Svar'),
        plural: label('Answers', 'Vastaukset', 'Svar'),
      },
      fields: [competenceLevelRow()],
    },
    {
      name: 'note',
      type: 'textarea',
      maxLength: 2000,
      label: label('Own notes', 'Omat muistiinpanot', 'Egna anteckningar'),
    },
  ],
}
