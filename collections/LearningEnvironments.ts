import type { CollectionConfig } from 'payload'

import { locationPreviewField, reviewedAdminComponents } from '../src/components/admin/config.js'
import {
  exampleField,
  gradeBandsField,
  slugFromTitle,
  summaryField,
  titleField,
} from '../src/fields/content.js'
import { label, option } from '../src/fields/labels.js'
import { locationField } from '../src/fields/location.js'
import { httpUrl } from '../src/fields/validators.js'
import {
  accessibilityOptions,
  costOptions,
  environmentKindOptions,
} from '../src/fields/vocabularies.js'
import { reviewed, workflowFields } from '../src/fields/workflow.js'
import { applyReviewTransitions } from '../src/hooks/applyReviewTransitions.js'
import { enqueueSearchRemoval, enqueueSearchSync } from '../src/hooks/enqueueSearchSync.js'
import {
  keepNonEditorsInDrafts,
  readPublishedUnlessStaff,
} from '../src/hooks/keepNonEditorsInDrafts.js'
import { recordOaiDeletion } from '../src/hooks/recordOaiDeletion.js'
import { recordOaiWithdrawal } from '../src/hooks/recordOaiWithdrawal.js'

export const LearningEnvironments: CollectionConfig = {
  slug: 'learning-environments',
  labels: {
    singular: label('Learning environment', 'Oppimisympäristö', 'Lärmiljö'),
    plural: label(
      'City learning environments',
      'Kaupungin oppimisympäristöt',
      'Stadens lärmiljöer',
    ),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'kind',
      'district',
      'gradeBands',
      'reviewStatus',
      '_status',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'district'],
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
      name: 'description',
      type: 'richText',
      label: label('Description', 'Kuvaus', 'Beskrivning'),
      localized: true,
    },
    {
      name: 'kind',
      type: 'select',
      label: label('Kind', 'Tyyppi', 'Typ'),
      options: environmentKindOptions,
      required: true,
      index: true,
    },
    locationField({ required: true }),
    locationPreviewField(),
    {
      name: 'address',
      type: 'group',
      label: label('Address', 'Osoite', 'Adress'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'street', type: 'text', label: label('Street', 'Katuosoite', 'Gatuadress') },
            {
              name: 'postalCode',
              type: 'text',
              label: label('Postal code', 'Postinumero', 'Postnummer'),
            },
            {
              name: 'locality',
              type: 'text',
              label: label('Locality', 'Postitoimipaikka', 'Postanstalt'),
            },
          ],
        },
      ],
    },
    { name: 'district', type: 'text', label: label('District', 'Alue', 'Område'), index: true },
    gradeBandsField(),
    {
      name: 'themes',
      type: 'text',
      hasMany: true,
      localized: true,
      label: label('Themes', 'Teemat', 'Teman'),
    },
    {
      name: 'accessibility',
      type: 'select',
      hasMany: true,
      label: label('Accessibility', 'Saavutettavuus', 'Tillgänglighet'),
      options: accessibilityOptions,
    },
    {
      name: 'website',
      type: 'text',
      label: label('Website', 'Verkkosivu', 'Webbplats'),
      validate: httpUrl,
    },
    {
      name: 'bookingUrl',
      type: 'text',
      label: label('Booking', 'Varaus', 'Bokning'),
      validate: httpUrl,
    },
    {
      name: 'cost',
      type: 'select',
      label: label('Cost', 'Hinta', 'Kostnad'),
      options: costOptions.filter((o) => o.value !== 'city-licensed'),
    },
    {
      name: 'seasons',
      type: 'select',
      hasMany: true,
      label: label('Seasons', 'Vuodenajat', 'Årstider'),
      options: [
        option('spring', 'Spring', 'Kevät', 'Vår'),
        option('summer', 'Summer', 'Kesä', 'Sommar'),
        option('autumn', 'Autumn', 'Syksy', 'Höst'),
        option('winter', 'Winter', 'Talvi', 'Vinter'),
      ],
    },
    {
      name: 'maxGroupSize',
      type: 'number',
      label: label('Largest group', 'Suurin ryhmäkoko', 'Största grupp'),
      min: 1,
      max: 1000,
    },
    {
      name: 'models',
      type: 'join',
      collection: 'pedagogical-models',
      on: 'learningEnvironments',
      label: label(
        'Models using this site',
        'Tätä paikkaa käyttävät mallit',
        'Modeller som använder platsen',
      ),
    },
    {
      name: 'source',
      type: 'group',
      label: label('Source', 'Lähde', 'Källa'),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'externalId',
          type: 'text',
          label: label('Source id', 'Lähteen tunniste', 'Källans id'),
          index: true,
        },
        {
          name: 'attribution',
          type: 'text',
          label: label('Attribution', 'Lähdemerkintä', 'Källhänvisning'),
        },
      ],
    },
    ...workflowFields(),
    exampleField(),
  ],
}
