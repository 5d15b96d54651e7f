import type { CollectionConfig } from 'payload'

import { levelOptions } from '../src/competence/levels.js'
import { competenceAreasField, slugFromTitle, titleField } from '../src/fields/content.js'
import { label, option } from '../src/fields/labels.js'
import { targetLevelsField } from '../src/fields/targetLevels.js'
import { httpUrl } from '../src/fields/validators.js'
import { reviewed, workflowFields } from '../src/fields/workflow.js'
import { applyReviewTransitions } from '../src/hooks/applyReviewTransitions.js'
import {
  enqueueSearchRemoval,
  enqueueSearchSync,
  reserveSearchRemoval,
  reserveSearchSync,
} from '../src/hooks/enqueueSearchSync.js'
import {
  keepNonEditorsInDrafts,
  readPublishedUnlessStaff,
} from '../src/hooks/keepNonEditorsInDrafts.js'
import { recordOaiDeletion } from '../src/hooks/recordOaiDeletion.js'
import { recordOaiWithdrawal } from '../src/hooks/recordOaiWithdrawal.js'
import { refuseDeleteWhileReferenced } from '../src/hooks/refuseDeleteWhileReferenced.js'
import { requireExpertTrainers } from '../src/hooks/requireExpertTrainers.js'

export const PLACE_KINDS = ['learning-environment', 'school', 'online'] as const

const placeKindIs =
  (kind: (typeof PLACE_KINDS)[number]) => (_: unknown, siblingData: { placeKind?: string }) =>
    siblingData?.placeKind === kind

const requiredWhen =
  (kind: (typeof PLACE_KINDS)[number]) =>
  (value: unknown, { siblingData }: { siblingData: { placeKind?: string } }) =>
    siblingData?.placeKind !== kind || (value !== null && value !== undefined && value !== '')
      ? true
      : 'Required for this kind of place'

/**
 * Trainings by the expert network: experts draft them, editors publish them (the shared review
 * workflow), teachers register through /api/me/registrations.
 */
export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: {
    singular: label('Training', 'Koulutus', 'Utbildning'),
    plural: label('Trainings', 'Koulutukset', 'Utbildningar'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'targetLevel', 'capacity', 'registrationDeadline', '_status'],
  },
  ...reviewed,
  // What runs around each read, save and delete (one file each in src/hooks/).
  hooks: {
    beforeOperation: [readPublishedUnlessStaff, keepNonEditorsInDrafts],
    // The outbox reservation last: only a change that passed every check reserves its row.
    beforeChange: [applyReviewTransitions, requireExpertTrainers, reserveSearchSync],
    // Registrations are attendance history (and competence evidence): a training that has them
    // is unpublished, never deleted. The outbox reservation only once the delete may go ahead.
    beforeDelete: [
      refuseDeleteWhileReferenced(
        'training',
        [
          {
            collection: 'training-registrations',
            field: 'training',
            noun: [
              'registration (its attendance history)',
              'registrations (its attendance history)',
            ],
          },
        ],
        'Unpublish the training instead of deleting it.',
      ),
      reserveSearchRemoval,
    ],
    afterChange: [recordOaiWithdrawal, enqueueSearchSync],
    afterDelete: [recordOaiDeletion, enqueueSearchRemoval],
  },
  fields: [
    titleField(),
    slugFromTitle(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      label: label('Description', 'Kuvaus', 'Beskrivning'),
    },
    competenceAreasField(),
    {
      name: 'targetLevel',
      type: 'select',
      options: levelOptions,
      label: label('Target level', 'Tavoitetaso', 'Målnivå'),
      admin: {
        description: label(
          'Applies to every competence area unless "Helps reach level" says otherwise.',
          'Koskee kaikkia osaamisalueita, ellei "Auttaa saavuttamaan tason" muuta kerro.',
          'Gäller alla kompetensområden om inte "Hjälper att nå nivån" säger annat.',
        ),
      },
    },
    targetLevelsField(),
    {
      name: 'trainers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      filterOptions: { roles: { contains: 'expert' } },
      label: label('Trainers', 'Kouluttajat', 'Utbildare'),
    },
    {
      name: 'sessions',
      type: 'array',
      minRows: 1,
      maxRows: 50,
      label: label('Sessions', 'Kokoontumiset', 'Träffar'),
      labels: {
        singular: label('Session', 'Kokoontuminen', 'Träff'),
        plural: label('Sessions', 'Kokoontumiset', 'Träffar'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'start',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: label('Starts', 'Alkaa', 'Börjar'),
            },
            {
              name: 'end',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: label('Ends', 'Päättyy', 'Slutar'),
              validate: (value: unknown, { siblingData }: { siblingData: { start?: unknown } }) =>
                !value ||
                !siblingData?.start ||
                new Date(String(value)).getTime() > new Date(String(siblingData.start)).getTime()
                  ? true
                  : 'A session must end after it starts',
            },
          ],
        },
      ],
    },
    {
      name: 'placeKind',
      type: 'select',
      required: true,
      defaultValue: 'online',
      label: label('Place', 'Paikka', 'Plats'),
      options: [
        option('learning-environment', 'A learning environment', 'Oppimisympäristö', 'En lärmiljö'),
        option('school', 'A school', 'Koulu', 'En skola'),
        option('online', 'Online', 'Verkossa', 'På nätet'),
      ],
    },
    {
      name: 'learningEnvironment',
      type: 'relationship',
      relationTo: 'learning-environments',
      label: label('Learning environment', 'Oppimisympäristö', 'Lärmiljö'),
      validate: requiredWhen('learning-environment'),
      admin: { condition: placeKindIs('learning-environment') },
    },
    {
      name: 'school',
      type: 'relationship',
      relationTo: 'schools',
      label: label('School', 'Koulu', 'Skola'),
      validate: requiredWhen('school'),
      admin: { condition: placeKindIs('school') },
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: label('Online link', 'Verkkolinkki', 'Länk'),
      validate: ((value: unknown, args: { siblingData: { placeKind?: string } }) => {
        const present = requiredWhen('online')(value, args)
        return present === true ? httpUrl(value) : present
      }) as never,
      admin: { condition: placeKindIs('online') },
    },
    {
      name: 'capacity',
      type: 'number',
      required: true,
      min: 1,
      max: 1000,
      defaultValue: 20,
      label: label('Seats', 'Paikkoja', 'Platser'),
    },
    {
      name: 'registrationDeadline',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: label('Registration deadline', 'Ilmoittautuminen päättyy', 'Sista anmälningsdag'),
    },
    {
      name: 'registrations',
      type: 'join',
      collection: 'training-registrations',
      on: 'training',
      label: label('Registrations', 'Ilmoittautumiset', 'Anmälningar'),
    },
    ...workflowFields(),
  ],
}
