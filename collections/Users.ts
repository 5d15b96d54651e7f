import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../src/access/admins.js'
import { publicProfilesOrSelf } from '../src/access/publicProfilesOrSelf.js'
import { type ROLES } from '../src/access/roles.js'
import { selfOrAdmins, selfOrAdminsField } from '../src/access/selfOrAdmins.js'
import { env } from '../src/env.js'
import { label, option } from '../src/fields/labels.js'
import { countLoginFailures } from '../src/hooks/countLoginFailures.js'
import { gateLogin } from '../src/hooks/gateLogin.js'
import { refuseDeleteWhileReferenced } from '../src/hooks/refuseDeleteWhileReferenced.js'
import { refuseTakenEmail } from '../src/hooks/refuseTakenEmail.js'
import { setLanguageCookieOnChange } from '../src/i18n/setLanguageCookieOnChange.js'
import { setLanguageCookieOnLogin } from '../src/i18n/setLanguageCookieOnLogin.js'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: label('User', 'Käyttäjä', 'Användare'),
    plural: label('Users', 'Käyttäjät', 'Användare'),
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Payload always sets HttpOnly; Secure wherever the site is served over https.
    cookies: { sameSite: 'Lax', secure: env().NODE_ENV === 'production' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'school'],
  },
  access: {
    create: admins,
    read: publicProfilesOrSelf,
    update: selfOrAdmins,
    delete: admins,
    admin: ({ req }) =>
      Boolean((req.user as { roles?: string[] } | null)?.roles?.some((r) => r !== 'teacher')),
  },
  hooks: {
    beforeOperation: [gateLogin],
    beforeValidate: [refuseTakenEmail],
    // A user's registrations are the trainings' attendance history, and their lists and
    // self-assessments are theirs: such an account is closed by removing its roles, not deleted.
    beforeDelete: [
      refuseDeleteWhileReferenced(
        'user',
        [
          {
            collection: 'training-registrations',
            field: 'teacher',
            noun: [
              'training registration (attendance history)',
              'training registrations (attendance history)',
            ],
          },
          { collection: 'saved-lists', field: 'owner', noun: ['saved list', 'saved lists'] },
          {
            collection: 'self-assessments',
            field: 'teacher',
            noun: ['self-assessment', 'self-assessments'],
          },
        ],
        'Remove their roles instead of deleting them.',
      ),
    ],
    afterError: [countLoginFailures],
    afterLogin: [setLanguageCookieOnLogin],
    afterChange: [setLanguageCookieOnChange],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      label: label('Email', 'Sähköposti', 'E-post'),
      // Email is personal data: only the user and admins read it.
      access: { read: selfOrAdminsField },
    },
    {
      name: 'name',
      type: 'text',
      label: label('Name', 'Nimi', 'Namn'),
      required: true,
      maxLength: 120,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: label('Roles', 'Roolit', 'Roller'),
      options: [
        option('admin', 'Admin', 'Ylläpitäjä', 'Administratör'),
        option('editor', 'Editor', 'Toimittaja', 'Redaktör'),
        option('expert', 'Expert teacher', 'Asiantuntijaopettaja', 'Expertlärare'),
        option('teacher', 'Teacher', 'Opettaja', 'Lärare'),
        option('leader', 'School leader', 'Rehtori', 'Rektor'),
      ] satisfies { value: (typeof ROLES)[number] }[],
      defaultValue: ['teacher'],
      required: true,
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
    },
    {
      name: 'school',
      type: 'relationship',
      relationTo: 'schools',
      label: label('School', 'Koulu', 'Skola'),
    },
    {
      // Only admins link a leader to the school whose aggregates they may see.
      name: 'leaderOf',
      type: 'relationship',
      relationTo: 'schools',
      label: label('Leads school', 'Johtaa koulua', 'Leder skolan'),
      access: { create: adminsField, update: adminsField },
      admin: { condition: (data) => Boolean(data?.roles?.includes('leader')) },
    },
    {
      name: 'expertise',
      type: 'relationship',
      relationTo: 'competence-areas',
      hasMany: true,
      label: label('Expertise', 'Osaamisalueet', 'Expertis'),
    },
    {
      name: 'language',
      type: 'select',
      label: label('Admin language', 'Käyttöliittymän kieli', 'Gränssnittets språk'),
      options: [
        option('fi', 'Finnish', 'suomi', 'finska'),
        option('sv', 'Swedish', 'ruotsi', 'svenska'),
        option('en', 'English', 'englanti', 'engelska'),
      ],
      defaultValue: 'fi',
    },
  ],
}
