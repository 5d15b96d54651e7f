import type { CollectionConfig } from 'payload'

import { reviewedAdminComponents } from '../src/components/admin/config.js'
import {
  slugFromTitle,
  competenceAreasField,
  deviceProfileField,
  exampleField,
  gradeBandsField,
  licenceField,
  subjectsField,
  summaryField,
  titleField,
} from '../src/fields/content.js'
import { label } from '../src/fields/labels.js'
import { targetLevelsField } from '../src/fields/targetLevels.js'
import { reviewed, workflowFields } from '../src/fields/workflow.js'
import { applyReviewTransitions } from '../src/hooks/applyReviewTransitions.js'
import { enqueueSearchRemoval, enqueueSearchSync } from '../src/hooks/enqueueSearchSync.js'
import {
  keepNonEditorsInDrafts,
  readPublishedUnlessStaff,
} from '../src/hooks/keepNonEditorsInDrafts.js'
import { recordOaiDeletion } from '../src/hooks/recordOaiDeletion.js'
import { recordOaiWithdrawal } from '../src/hooks/recordOaiWithdrawal.js'

export const PedagogicalModels: CollectionConfig = {
  slug: 'pedagogical-models',
  labels: {
    singular: label('Pedagogical model', 'Pedagoginen malli', 'Pedagogisk modell'),
    plural: label('Pedagogical models', 'Pedagogiset mallit', 'Pedagogiska modeller'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'reviewStatus',
      '_status',
      'gradeBands',
      'competenceAreas',
      'createdBy',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'summary'],
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
      name: 'body',
      type: 'richText',
      label: label('Description', 'Kuvaus', 'Beskrivning'),
      localized: true,
    },
    gradeBandsField(),
    subjectsField(),
    competenceAreasField(),
    targetLevelsField(),
    deviceProfileField(),
    {
      name: 'durationMinutes',
      type: 'number',
      label: label('Duration (minutes)', 'Kesto (minuuttia)', 'Längd (minuter)'),
      min: 5,
      max: 60 * 24 * 30,
    },
    {
      name: 'learningEnvironments',
      type: 'relationship',
      relationTo: 'learning-environments',
      hasMany: true,
      label: label('Learning environments', 'Oppimisympäristöt', 'Lärmiljöer'),
    },
    {
      name: 'materials',
      type: 'relationship',
      relationTo: 'digital-materials',
      hasMany: true,
      label: label('Digital materials', 'Digitaaliset materiaalit', 'Digitala material'),
    },
    {
      name: 'pilots',
      type: 'relationship',
      relationTo: 'pilots',
      hasMany: true,
      label: label('Pilots', 'Kokeilut', 'Försök'),
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: label('Authors', 'Tekijät', 'Författare'),
    },
    licenceField(),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Attachments', 'Liitteet', 'Bilagor'),
    },
    ...workflowFields(),
    exampleField(),
  ],
}
