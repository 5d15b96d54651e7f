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
  titleField,
} from '../src/fields/content.js'
import { label, option } from '../src/fields/labels.js'
import { accessibilityOptions, costOptions, languageOptions } from '../src/fields/vocabularies.js'
import { httpUrl } from '../src/fields/validators.js'
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

export const DigitalMaterials: CollectionConfig = {
  slug: 'digital-materials',
  labels: {
    singular: label('Digital material', 'Digitaalinen materiaali', 'Digitalt material'),
    plural: label('Digital materials', 'Digitaaliset materiaalit', 'Digitala material'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'resourceType',
      'reviewStatus',
      '_status',
      'gradeBands',
      'competenceAreas',
      'createdBy',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'description', 'provider'],
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
    {
      name: 'description',
      type: 'textarea',
      label: label('Description', 'Kuvaus', 'Beskrivning'),
      localized: true,
      maxLength: 4000,
    },
    {
      name: 'resourceType',
      type: 'select',
      label: label('Resource type', 'Aineistotyyppi', 'Resurstyp'),
      required: true,
      defaultValue: 'application',
      options: [
        option('application', 'Application', 'Sovellus', 'Applikation'),
        option('website', 'Website', 'Verkkosivusto', 'Webbplats'),
        option('video', 'Video', 'Video', 'Video'),
        option('e-book', 'E-book', 'E-kirja', 'E-bok'),
        option('game', 'Game', 'Peli', 'Spel'),
        option('simulation', 'Simulation', 'Simulaatio', 'Simulering'),
        option('worksheet', 'Worksheet', 'Tehtävämoniste', 'Arbetsblad'),
        option('course', 'Online course', 'Verkkokurssi', 'Webbkurs'),
        option('dataset', 'Open data set', 'Avoin aineisto', 'Öppen datamängd'),
        option('tool', 'Tool', 'Työkalu', 'Verktyg'),
      ],
    },
    {
      name: 'url',
      type: 'text',
      label: label('Address (URL)', 'Osoite (URL)', 'Adress (URL)'),
      validate: httpUrl,
    },
    { name: 'provider', type: 'text', label: label('Provider', 'Tarjoaja', 'Leverantör') },
    licenceField(),
    {
      name: 'cost',
      type: 'select',
      label: label('Cost', 'Hinta', 'Kostnad'),
      options: costOptions,
      defaultValue: 'free',
      required: true,
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: label('Languages', 'Kielet', 'Språk'),
      options: languageOptions,
    },
    gradeBandsField(),
    subjectsField(),
    competenceAreasField(),
    targetLevelsField(),
    deviceProfileField(),
    {
      name: 'accessibilityFeatures',
      type: 'select',
      hasMany: true,
      label: label('Accessibility features', 'Saavutettavuus', 'Tillgänglighet'),
      options: accessibilityOptions,
    },
    {
      name: 'dataProtection',
      type: 'select',
      label: label('Data-protection assessment', 'Tietosuoja-arvio', 'Dataskyddsbedömning'),
      options: [
        option('not-assessed', 'Not assessed', 'Ei arvioitu', 'Inte bedömd'),
        option('in-progress', 'In progress', 'Käynnissä', 'Pågår'),
        option('approved', 'Approved', 'Hyväksytty', 'Godkänd'),
        option('rejected', 'Rejected', 'Hylätty', 'Underkänd'),
      ],
      defaultValue: 'not-assessed',
      required: true,
    },
    {
      name: 'thumbnail',
      type: 'upload',
      relationTo: 'media',
      label: label('Thumbnail', 'Pikkukuva', 'Miniatyr'),
    },
    {
      name: 'usedInModels',
      type: 'join',
      collection: 'pedagogical-models',
      on: 'materials',
      label: label('Used in models', 'Käytetään malleissa', 'Används i modeller'),
    },
    ...workflowFields(),
    exampleField(),
  ],
}
