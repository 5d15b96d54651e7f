import type { CollectionConfig } from 'payload'

import { admins } from '../src/access/admins.js'
import { gradeBandsField } from '../src/fields/content.js'
import { label } from '../src/fields/labels.js'

/**
 * The OAI-PMH deletion log: one row per published item that was later unpublished or deleted, so
 * that harvesters see it with `status="deleted"` for as long as the repository exists. Written only
 * by hooks; a re-publish removes the row.
 */
export const OaiDeletions: CollectionConfig = {
  slug: 'oai-deletions',
  labels: {
    singular: label('Withdrawn record', 'Poistettu tietue', 'Borttagen post'),
    plural: label(
      'Withdrawn records (OAI-PMH)',
      'Poistetut tietueet (OAI-PMH)',
      'Borttagna poster (OAI-PMH)',
    ),
  },
  admin: {
    useAsTitle: 'docId',
    defaultColumns: ['itemCollection', 'docId', 'deletedAt'],
    group: label('System', 'Järjestelmä', 'System'),
  },
  access: { read: admins, create: () => false, update: () => false, delete: admins },
  indexes: [{ fields: ['itemCollection', 'docId'], unique: true }],
  fields: [
    {
      name: 'itemCollection',
      // Text, not a select of CONTENT_COLLECTIONS: collections/index.ts imports this file.
      type: 'text',
      label: label('Collection', 'Kokoelma', 'Samling'),
      required: true,
      index: true,
    },
    {
      name: 'docId',
      type: 'text',
      label: label('Item id', 'Kohteen tunniste', 'Postens id'),
      required: true,
    },
    {
      name: 'deletedAt',
      type: 'date',
      label: label('Withdrawn at', 'Poistettu', 'Borttagen'),
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    // The sets the record belonged to, so that set-selective harvests still see its deletion.
    gradeBandsField(),
  ],
}
