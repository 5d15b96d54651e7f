import type { CollectionConfig } from 'payload'

import { admins } from '../src/access/admins.js'
import { label } from '../src/fields/labels.js'

/**
 * Which local item each imported item became, keyed by the exporting server and the item's id
 * there, so that importing the same file again updates instead of duplicating.
 */
export const ImportSources: CollectionConfig = {
  slug: 'import-sources',
  labels: {
    singular: label('Imported item', 'Tuotu kohde', 'Importerad post'),
    plural: label('Imported items', 'Tuodut kohteet', 'Importerade poster'),
  },
  admin: {
    useAsTitle: 'sourceKey',
    defaultColumns: ['sourceKey', 'itemCollection', 'targetId', 'updatedAt'],
    group: label('System', 'Järjestelmä', 'System'),
  },
  access: { read: admins, create: () => false, update: () => false, delete: admins },
  fields: [
    // `<source server>#<collection>/<id there>`
    {
      name: 'sourceKey',
      type: 'text',
      label: label('Source', 'Lähde', 'Källa'),
      required: true,
      unique: true,
      index: true,
    },
    {
      name: 'itemCollection',
      type: 'text',
      label: label('Collection', 'Kokoelma', 'Samling'),
      required: true,
    },
    {
      name: 'targetId',
      type: 'text',
      label: label('Local id', 'Paikallinen tunniste', 'Lokalt id'),
      required: true,
    },
  ],
}
