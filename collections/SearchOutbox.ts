import type { CollectionConfig } from 'payload'

import { editors } from '../src/access/editors.js'
import { label } from '../src/fields/labels.js'

/**
 * Search updates waiting to reach the engine. Content hooks add a row in the same transaction as
 * the save, so an update is never lost; the worker claims a row, re-reads the published item,
 * updates the index and deletes the row, or records the error and retries with backoff.
 */
export const SearchOutbox: CollectionConfig = {
  slug: 'search-outbox',
  labels: {
    singular: label('Pending search update', 'Odottava hakupäivitys', 'Väntande sökuppdatering'),
    plural: label(
      'Pending search updates',
      'Odottavat hakupäivitykset',
      'Väntande sökuppdateringar',
    ),
  },
  admin: {
    useAsTitle: 'itemId',
    defaultColumns: ['itemCollection', 'itemId', 'attempts', 'lastError', 'createdAt'],
    description: label(
      'Changes not yet in the search index. The list empties itself; rows with errors are retried.',
      'Muutokset, jotka eivät vielä ole hakuindeksissä. Lista tyhjenee itsestään; virheelliset yritetään uudelleen.',
      'Ändringar som ännu inte finns i sökindexet. Listan töms av sig själv; fel försöks igen.',
    ),
  },
  // Only the worker writes (through the Local API with overrideAccess); staff may look.
  access: { read: editors, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'itemCollection',
      type: 'text',
      required: true,
      index: true,
      label: label('Collection', 'Kokoelma', 'Samling'),
    },
    {
      name: 'itemId',
      type: 'text',
      required: true,
      index: true,
      label: label('Item', 'Kohde', 'Objekt'),
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: label('Attempts', 'Yritykset', 'Försök'),
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      label: label('Next attempt', 'Seuraava yritys', 'Nästa försök'),
    },
    {
      name: 'lockedUntil',
      type: 'date',
      label: label('Claimed until', 'Varattu asti', 'Reserverad till'),
    },
    { name: 'lockedBy', type: 'text', label: label('Claimed by', 'Varaaja', 'Reserverad av') },
    {
      name: 'lastError',
      type: 'textarea',
      label: label('Last error', 'Viimeisin virhe', 'Senaste fel'),
    },
  ],
}
