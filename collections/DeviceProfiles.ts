import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone.js'
import { editors } from '../src/access/editors.js'
import { label, option } from '../src/fields/labels.js'
import { deviceKindOptions } from '../src/fields/vocabularies.js'
import { reindexDependents, reindexDependentsBeforeDelete } from '../src/hooks/reindexDependents.js'

export const DeviceProfiles: CollectionConfig = {
  slug: 'device-profiles',
  labels: {
    singular: label('Device profile', 'Laiteprofiili', 'Enhetsprofil'),
    plural: label('Device profiles', 'Laiteprofiilit', 'Enhetsprofiler'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'deviceKinds', 'devicesPerPupil', 'grouping'],
  },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: { afterChange: [reindexDependents], beforeDelete: [reindexDependentsBeforeDelete] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: label('Name', 'Nimi', 'Namn'),
      required: true,
      localized: true,
    },
    {
      name: 'deviceKinds',
      type: 'select',
      hasMany: true,
      label: label('Device kinds', 'Laitetyypit', 'Enhetstyper'),
      options: deviceKindOptions,
      required: true,
    },
    {
      name: 'devicesPerPupil',
      type: 'number',
      label: label('Devices per pupil', 'Laitteita oppilasta kohden', 'Enheter per elev'),
      required: true,
      min: 0,
      max: 1,
      admin: {
        step: 0.05,
        description: label(
          '1.0 = one each, 0.5 = one per pair, 0 = no pupil devices',
          '1,0 = jokaisella oma, 0,5 = yksi paria kohden, 0 = ei oppilaslaitteita',
          '1,0 = en var, 0,5 = en per par, 0 = inga elevenheter',
        ),
      },
    },
    {
      name: 'grouping',
      type: 'select',
      label: label('Grouping', 'Ryhmittely', 'Gruppering'),
      options: [
        option('individual', 'Individual', 'Yksin', 'Individuellt'),
        option('pairs', 'Pairs', 'Pareittain', 'I par'),
        option('small-groups', 'Small groups', 'Pienryhmissä', 'I smågrupper'),
        option('whole-class', 'Whole class', 'Koko luokka', 'Hela klassen'),
      ],
      required: true,
      defaultValue: 'individual',
    },
    {
      name: 'network',
      type: 'select',
      label: label('Network needs', 'Verkkotarve', 'Nätverksbehov'),
      options: [
        option('none', 'Works offline', 'Toimii ilman verkkoa', 'Fungerar offline'),
        option('basic', 'Basic wireless', 'Tavallinen langaton verkko', 'Vanligt trådlöst nät'),
        option(
          'high',
          'High bandwidth (video, streaming)',
          'Suuri kaistanleveys (video)',
          'Hög bandbredd (video)',
        ),
      ],
      required: true,
      defaultValue: 'basic',
    },
    {
      name: 'notes',
      type: 'textarea',
      label: label('Notes', 'Huomautukset', 'Anteckningar'),
      localized: true,
    },
  ],
}
