import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated.js'
import { nobodyField } from '../src/access/nobody.js'
import { ownerOnly } from '../src/access/ownerOnly.js'
import { label } from '../src/fields/labels.js'
import { assignOwner } from '../src/hooks/assignOwner.js'
import { issueShareToken } from '../src/hooks/issueShareToken.js'
import { requireReadableItems } from '../src/hooks/requireReadableItems.js'

export const SAVABLE = [
  'pedagogical-models',
  'digital-materials',
  'learning-environments',
  'pilots',
  'trainings',
] as const

/**
 * A teacher's named, ordered collection of items with notes. Private to its owner; sharing gives
 * a read-only link (GET /api/saved-lists/shared/:token) that shows only published items.
 */
export const SavedLists: CollectionConfig = {
  slug: 'saved-lists',
  labels: {
    singular: label('Saved list', 'Tallennettu lista', 'Sparad lista'),
    plural: label('Saved lists', 'Tallennetut listat', 'Sparade listor'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'shared', 'updatedAt'] },
  access: {
    read: ownerOnly('owner'),
    create: authenticated,
    update: ownerOnly('owner'),
    delete: ownerOnly('owner'),
  },
  hooks: {
    beforeValidate: [assignOwner('owner'), requireReadableItems],
    beforeChange: [issueShareToken],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: label('Name', 'Nimi', 'Namn'),
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: nobodyField },
      admin: { readOnly: true },
      label: label('Owner', 'Omistaja', 'Ägare'),
    },
    {
      name: 'items',
      type: 'array',
      maxRows: 500,
      label: label('Items', 'Kohteet', 'Objekt'),
      labels: {
        singular: label('Item', 'Kohde', 'Objekt'),
        plural: label('Items', 'Kohteet', 'Objekt'),
      },
      fields: [
        {
          name: 'item',
          type: 'relationship',
          relationTo: [...SAVABLE],
          required: true,
          label: label('Item', 'Kohde', 'Objekt'),
        },
        {
          name: 'note',
          type: 'textarea',
          maxLength: 2000,
          label: label('Note', 'Muistiinpano', 'Anteckning'),
        },
      ],
    },
    {
      name: 'shared',
      type: 'checkbox',
      defaultValue: false,
      label: label('Shared by link', 'Jaettu linkillä', 'Delad med länk'),
    },
    {
      name: 'shareToken',
      type: 'text',
      unique: true,
      // issueShareToken sets it on every write, whatever the body says.
      admin: { readOnly: true },
      label: label('Link token', 'Linkin tunniste', 'Länkens nyckel'),
    },
  ],
}
