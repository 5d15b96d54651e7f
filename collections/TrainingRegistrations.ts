import type { CollectionConfig } from 'payload'

import { nobody, nobodyField } from '../src/access/nobody.js'
import { ownOrTrainersOrEditors } from '../src/access/ownOrTrainersOrEditors.js'
import { trainersOrEditors } from '../src/access/trainersOrEditors.js'
import { label, option } from '../src/fields/labels.js'
import { issueOnCompletion } from './Credentials/hooks/issueOnCompletion.js'
import { refuseOwnCompletion } from './Credentials/hooks/refuseOwnCompletion.js'

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

const locked = { create: nobodyField, update: nobodyField }

/**
 * One row per teacher and training. Rows are written only by /api/me/registrations (server code),
 * which gives confirmed registrations a seat number: the unique (training, seat) index is what
 * keeps parallel registrations from ever filling more seats than there are. Trainers change two
 * things over REST: attendance and completion; completion issues the Open Badges credential.
 */
export const TrainingRegistrations: CollectionConfig = {
  slug: 'training-registrations',
  labels: {
    singular: label('Training registration', 'Koulutusilmoittautuminen', 'Utbildningsanmälan'),
    plural: label('Training registrations', 'Koulutusilmoittautumiset', 'Utbildningsanmälningar'),
  },
  admin: { defaultColumns: ['training', 'teacher', 'status', 'seat', 'attended', 'completed'] },
  defaultSort: 'queuedAt',
  access: {
    read: ownOrTrainersOrEditors,
    create: nobody,
    update: trainersOrEditors,
    delete: nobody,
  },
  hooks: { beforeChange: [refuseOwnCompletion], afterChange: [issueOnCompletion] },
  indexes: [
    { fields: ['training', 'seat'], unique: true },
    { fields: ['training', 'teacher'], unique: true },
  ],
  fields: [
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
      name: 'teacher',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: locked,
      label: label('Teacher', 'Opettaja', 'Lärare'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      access: locked,
      label: label('Status', 'Tila', 'Status'),
      options: [
        option('confirmed', 'Confirmed', 'Vahvistettu', 'Bekräftad'),
        option('waitlisted', 'On the waitlist', 'Jonossa', 'På väntelistan'),
        option('cancelled', 'Cancelled', 'Peruttu', 'Avbokad'),
      ] satisfies { value: RegistrationStatus }[],
    },
    {
      name: 'seat',
      type: 'number',
      min: 1,
      access: locked,
      label: label('Seat', 'Paikka', 'Plats'),
    },
    {
      name: 'queuedAt',
      type: 'date',
      required: true,
      access: locked,
      label: label('Registered at', 'Ilmoittautunut', 'Anmäld'),
    },
    {
      name: 'cancelledAt',
      type: 'date',
      access: locked,
      label: label('Cancelled at', 'Peruttu', 'Avbokad'),
    },
    {
      name: 'attended',
      type: 'checkbox',
      defaultValue: false,
      label: label('Attended', 'Osallistui', 'Deltog'),
    },
    {
      name: 'completed',
      type: 'checkbox',
      defaultValue: false,
      label: label('Completed', 'Suoritettu', 'Genomförd'),
    },
  ],
}
