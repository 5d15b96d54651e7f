import type { Payload } from 'payload'

import { issueCredential } from '../credentials/issue.js'

type Id = number | string

export const DEMO_TRAINING_SLUG = 'digitaalinen-arviointi-kaytannossa'

const TITLE = {
  fi: 'Digitaalinen arviointi käytännössä',
  sv: 'Digital bedömning i praktiken',
  en: 'Digital assessment in practice',
}
const DESCRIPTION = {
  fi: 'Kaksi iltapäivää palautteen antamisesta ja oppimisen seuraamisesta digitaalisin välinein.',
  sv: 'Två eftermiddagar om att ge respons och följa lärandet med digitala verktyg.',
  en: 'Two afternoons on giving feedback and following learning with digital tools.',
}

/**
 * Development only: a past training of the expert network that the demo teacher attended and
 * completed, so /fi/me shows one Open Badges credential. Safe to run again.
 */
export const seedDemoCredential = async (
  payload: Payload,
  ids: { expert: Id; teacher: Id; competences: Id[] },
): Promise<boolean> => {
  const common = { overrideAccess: true, depth: 0 } as const
  const existing = (
    await payload.find({
      ...common,
      collection: 'trainings',
      where: { slug: { equals: DEMO_TRAINING_SLUG } },
      limit: 1,
    })
  ).docs[0]
  const training =
    existing ??
    (await payload.create({
      ...common,
      collection: 'trainings',
      locale: 'fi',
      data: {
        _status: 'published',
        title: TITLE.fi,
        slug: DEMO_TRAINING_SLUG,
        description: DESCRIPTION.fi,
        competenceAreas: ids.competences,
        targetLevel: 'B1',
        trainers: [ids.expert],
        placeKind: 'online',
        onlineUrl: 'https://meet.example.org/digitaalinen-arviointi',
        capacity: 20,
        sessions: [
          { start: '2026-10-06T12:00:00.000Z', end: '2026-10-06T14:30:00.000Z' },
          { start: '2026-10-13T12:00:00.000Z', end: '2026-10-13T14:30:00.000Z' },
        ],
        registrationDeadline: '2026-10-01T20:00:00.000Z',
      } as never,
    }))
  if (!existing) {
    for (const locale of ['sv', 'en'] as const) {
      await payload.update({
        ...common,
        collection: 'trainings',
        id: training.id,
        locale,
        data: { title: TITLE[locale], description: DESCRIPTION[locale] } as never,
      })
    }
  }
  const registration =
    (
      await payload.find({
        ...common,
        collection: 'training-registrations',
        where: {
          and: [{ training: { equals: training.id } }, { teacher: { equals: ids.teacher } }],
        },
        limit: 1,
      })
    ).docs[0] ??
    (await payload.create({
      ...common,
      collection: 'training-registrations',
      data: {
        training: training.id,
        teacher: ids.teacher,
        status: 'confirmed',
        seat: 1,
        queuedAt: '2026-09-20T08:00:00.000Z',
        attended: true,
        completed: true,
      } as never,
    }))
  // The completed row was issued its credential by the registration hook; this finds it, or
  // issues it for a row left by a seed that stopped halfway.
  await issueCredential(payload, registration as never)
  return !existing
}
