import type { CollectionConfig } from 'payload'

import { reviewedAdminComponents } from '../src/components/admin/config.js'
import {
  competenceAreasField,
  exampleField,
  slugFromTitle,
  summaryField,
  titleField,
} from '../src/fields/content.js'
import { label } from '../src/fields/labels.js'
import { reviewed, workflowFields } from '../src/fields/workflow.js'
import { applyReviewTransitions } from '../src/hooks/applyReviewTransitions.js'
import { enqueueSearchRemoval, enqueueSearchSync } from '../src/hooks/enqueueSearchSync.js'
import {
  keepNonEditorsInDrafts,
  readPublishedUnlessStaff,
} from '../src/hooks/keepNonEditorsInDrafts.js'
import { recordOaiDeletion } from '../src/hooks/recordOaiDeletion.js'
import { recordOaiWithdrawal } from '../src/hooks/recordOaiWithdrawal.js'

export const Pilots: CollectionConfig = {
  slug: 'pilots',
  labels: {
    singular: label('Pilot', 'Kokeilu', 'Försök'),
    plural: label('Pedagogy pilots', 'Pedagogiset kokeilut', 'Pedagogiska försök'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'schoolYear',
      'theme',
      'competenceAreas',
      'reviewStatus',
      '_status',
      'updatedAt',
    ],
    components: reviewedAdminComponents,
  },
  ...reviewed,
  // What runs around each read, save and delete (one file each in src/hooks/).
  hooks: {
    beforeOperation: [readPublishedUnlessStaff, keepNonEditorsInDrafts],
    beforeChange: [applyReviewTransitions],
    afterChange: [recordOaiWithdrawal, enqueueSearchSync],
    afterDelete: [recordOaiDeletion, enqueueSearchRemoval],
  },
  fields: [
    titleField(),
    slugFromTitle(),
    summaryField(),
    {
      name: 'schools',
      type: 'relationship',
      relationTo: 'schools',
      hasMany: true,
      label: label('Schools', 'Koulut', 'Skolor'),
    },
    {
      name: 'schoolYear',
      type: 'text',
      label: label('School year', 'Lukuvuosi', 'Läsår'),
      required: true,
      validate: (value: unknown) => {
        const match = typeof value === 'string' && /^(\d{4})[–-](\d{2})$/.exec(value)
        if (!match) return 'School year must look like 2016–17'
        return (Number(match[1]) + 1) % 100 === Number(match[2])
          ? true
          : 'The second year must follow the first, as in 2016–17'
      },
    },
    { name: 'theme', type: 'text', label: label('Theme', 'Teema', 'Tema'), localized: true },
    {
      name: 'description',
      type: 'richText',
      label: label('Description', 'Kuvaus', 'Beskrivning'),
      localized: true,
    },
    {
      name: 'outcomes',
      type: 'textarea',
      label: label('Outcomes', 'Tulokset', 'Resultat'),
      localized: true,
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Contact', 'Yhteyshenkilö', 'Kontaktperson'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('Name', 'Nimi', 'Namn') },
            { name: 'email', type: 'email', label: label('Email', 'Sähköposti', 'E-post') },
          ],
        },
      ],
    },
    competenceAreasField(),
    {
      name: 'models',
      type: 'join',
      collection: 'pedagogical-models',
      on: 'pilots',
      label: label('Models from this pilot', 'Kokeilun mallit', 'Modeller från försöket'),
    },
    ...workflowFields(),
    exampleField(),
  ],
}
