import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone.js'
import { approvedOrRaterOrEditors } from '../src/access/approvedOrRaterOrEditors.js'
import { authenticated } from '../src/access/authenticated.js'
import { editorsField } from '../src/access/editors.js'
import { raterOrEditors, raterOrEditorsField } from '../src/access/raterOrEditors.js'
import { label, option } from '../src/fields/labels.js'
import { holdCommentForModeration } from '../src/hooks/holdCommentForModeration.js'
import { reindexRatedItem, reindexRatedItemAfterDelete } from '../src/hooks/reindexRatedItem.js'
import { stampRatingTarget } from '../src/hooks/stampRatingTarget.js'
import type { ContentCollection } from './slugs.js'

/** What teachers rate: every reviewed content collection. */
export const RATED_COLLECTIONS = [
  'pedagogical-models',
  'digital-materials',
  'learning-environments',
  'pilots',
] as const satisfies readonly ContentCollection[]

const never = () => false

/**
 * Teachers' 1–5 ratings with an optional comment. The numbers are public (averages show on the
 * portal); a comment shows once an editor approves it; who rated is seen only by the rater and editors.
 */
export const Ratings: CollectionConfig = {
  slug: 'ratings',
  labels: {
    singular: label('Rating', 'Arvio', 'Betyg'),
    plural: label('Ratings and comments', 'Arviot ja kommentit', 'Betyg och kommentarer'),
  },
  admin: {
    useAsTitle: 'target',
    defaultColumns: ['target', 'rating', 'comment', 'commentStatus', 'updatedAt'],
    listSearchableFields: ['target', 'comment'],
  },
  access: {
    read: anyone,
    create: authenticated,
    update: raterOrEditors,
    delete: raterOrEditors,
  },
  hooks: {
    beforeChange: [stampRatingTarget, holdCommentForModeration],
    afterChange: [reindexRatedItem],
    afterDelete: [reindexRatedItemAfterDelete],
  },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: [...RATED_COLLECTIONS],
      label: label('Rated item', 'Arvioitu kohde', 'Bedömt objekt'),
      required: true,
      access: { update: never },
    },
    {
      name: 'rating',
      type: 'number',
      label: label('Rating (1–5)', 'Arvio (1–5)', 'Betyg (1–5)'),
      required: true,
      min: 1,
      max: 5,
      validate: (value: unknown) =>
        Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
          ? true
          : 'The rating must be a whole number from 1 to 5',
    },
    {
      name: 'comment',
      type: 'textarea',
      label: label('Comment', 'Kommentti', 'Kommentar'),
      maxLength: 2000,
      access: { read: approvedOrRaterOrEditors },
    },
    {
      name: 'commentStatus',
      type: 'select',
      label: label('Comment moderation', 'Kommentin tarkistus', 'Granskning av kommentar'),
      options: [
        option('none', 'No comment', 'Ei kommenttia', 'Ingen kommentar'),
        option('pending', 'Awaiting moderation', 'Odottaa tarkistusta', 'Väntar på granskning'),
        option('approved', 'Approved', 'Hyväksytty', 'Godkänd'),
        option('rejected', 'Rejected', 'Hylätty', 'Avslagen'),
      ],
      defaultValue: 'none',
      required: true,
      index: true,
      access: { create: editorsField, update: editorsField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Rated by', 'Arvioija', 'Bedömd av'),
      index: true,
      access: { read: raterOrEditorsField, create: never, update: never },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'target',
      type: 'text',
      label: label('Item key', 'Kohteen tunniste', 'Objektets nyckel'),
      index: true,
      access: { create: never, update: never },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'uniqueKey',
      type: 'text',
      unique: true,
      access: { read: editorsField, create: never, update: never },
      admin: { hidden: true },
    },
  ],
}
