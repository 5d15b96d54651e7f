import type { CollectionConfig } from 'payload'

import { earnerOrEditors } from '../../src/access/earnerOrEditors.js'
import { editors, editorsField } from '../../src/access/editors.js'
import { nobody, nobodyField } from '../../src/access/nobody.js'
import { label } from '../../src/fields/labels.js'
import { stampRevocation } from './hooks/stampRevocation.js'

const locked = { create: nobodyField, update: nobodyField }

/**
 * Open Badges 3.0 credentials, one per completed training registration, written only by
 * src/credentials/issue.ts. The signed document is kept as issued; editors revoke (the status
 * list then shows it) and nobody deletes.
 */
export const Credentials: CollectionConfig = {
  slug: 'credentials',
  labels: {
    singular: label('Credential', 'Osaamismerkki', 'Kompetensmärke'),
    plural: label('Credentials', 'Osaamismerkit', 'Kompetensmärken'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'teacher', 'issuedAt', 'revoked'],
  },
  defaultSort: '-issuedAt',
  access: { read: earnerOrEditors, create: nobody, update: editors, delete: nobody },
  hooks: { beforeChange: [stampRevocation] },
  fields: [
    {
      name: 'credentialId',
      type: 'text',
      required: true,
      unique: true,
      access: locked,
      label: label('Credential id', 'Merkin tunniste', 'Märkets id'),
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      access: locked,
      label: label('Name', 'Nimi', 'Namn'),
    },
    {
      name: 'teacher',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: locked,
      label: label('Earner', 'Ansaitsija', 'Mottagare'),
    },
    {
      name: 'training',
      type: 'relationship',
      relationTo: 'trainings',
      required: true,
      index: true,
      access: locked,
      label: label('Training', 'Koulutus', 'Utbildning'),
    },
    {
      name: 'registration',
      type: 'relationship',
      relationTo: 'training-registrations',
      required: true,
      unique: true,
      access: locked,
      label: label('Registration', 'Ilmoittautuminen', 'Anmälan'),
    },
    {
      // Unique: two credentials sharing a bit would be revoked together.
      name: 'statusIndex',
      type: 'number',
      required: true,
      unique: true,
      min: 0,
      access: locked,
      label: label('Status list index', 'Tilalistan indeksi', 'Statuslistans index'),
    },
    {
      name: 'issuedAt',
      type: 'date',
      required: true,
      access: locked,
      label: label('Issued', 'Myönnetty', 'Utfärdat'),
    },
    {
      name: 'document',
      type: 'json',
      required: true,
      access: locked,
      label: label('Signed credential', 'Allekirjoitettu merkki', 'Signerat märke'),
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: nobodyField, update: editorsField },
      label: label('Revoked', 'Peruttu', 'Återkallat'),
    },
    {
      name: 'revokedAt',
      type: 'date',
      access: locked,
      label: label('Revoked at', 'Peruttu', 'Återkallat'),
    },
    {
      name: 'revokedBy',
      type: 'relationship',
      relationTo: 'users',
      access: locked,
      label: label('Revoked by', 'Perunut', 'Återkallat av'),
    },
  ],
}
