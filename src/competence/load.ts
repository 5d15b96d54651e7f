import type { Payload, TypedUser, Where } from 'payload'

import { idKey, type Id } from '../ids.js'
import type { Locale } from '../localization.js'
import { fitsSchool, type DeviceNeed, type SchoolInventory } from './deviceFit.js'
import { isLevel, type Level } from './levels.js'
import {
  ASSESSABLE_FRAMEWORKS,
  currentProfile,
  isAssessableCompetence,
  weakestCompetences,
  type Assessment,
} from './profile.js'
import {
  RECOMMENDABLE,
  rankRecommendations,
  type Candidate,
  type Recommendable,
  type Recommendation,
} from './recommend.js'

/** Reads that feed the pure competence logic. Every one is scoped to the user it is for. */

type Ref = Id | { id: Id } | null | undefined

export type CompetenceInfo = { id: string; code: string; name: string; area: string | null }

/** The competences a teacher can assess, with names in the locale, in code order. */
export const loadCompetences = async (
  payload: Payload,
  locale: Locale,
): Promise<Map<string, CompetenceInfo>> => {
  const { docs } = await payload.find({
    collection: 'competence-areas',
    where: { framework: { in: [...ASSESSABLE_FRAMEWORKS] } },
    locale,
    depth: 0,
    pagination: false,
    limit: 0,
    sort: 'code',
  })
  const byId = new Map(docs.map((d) => [String(d.id), d as unknown as Record<string, unknown>]))
  const result = new Map<string, CompetenceInfo>()
  for (const [id, doc] of byId) {
    const parent = idKey(doc.parent as Ref)
    if (!isAssessableCompetence(doc)) continue
    result.set(id, {
      id,
      code: String(doc.code),
      name: String(doc.name ?? ''),
      area: parent ? String(byId.get(parent)?.code ?? '') || null : null,
    })
  }
  return result
}

/** The caller's own assessments, newest first, read with their own access. */
export const loadOwnAssessments = async (payload: Payload, user: TypedUser) => {
  const { docs } = await payload.find({
    collection: 'self-assessments',
    where: { teacher: { equals: user.id } },
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    limit: 0,
    sort: '-createdAt',
  })
  return docs as unknown as (Assessment & { note?: string | null; updatedAt: string })[]
}

export const toAssessment = (doc: Record<string, unknown>): Assessment => ({
  id: doc.id as Id,
  createdAt: String(doc.createdAt),
  answers: ((doc.answers ?? []) as { competence: Ref; level: unknown }[])
    .filter((a) => idKey(a.competence) !== null && isLevel(a.level))
    .map((a) => ({ competence: idKey(a.competence)!, level: a.level as Level })),
})

const targetsOf = (collection: Recommendable, doc: Record<string, unknown>) => {
  const targets = ((doc.targetLevels ?? []) as { competence: Ref; level: unknown }[])
    .filter((t) => idKey(t.competence) !== null && isLevel(t.level))
    .map((t) => ({ competence: idKey(t.competence)!, level: t.level as Level }))
  // A training's one target level stands for each of its areas that has no level of its own.
  if (collection === 'trainings' && isLevel(doc.targetLevel)) {
    for (const ref of (doc.competenceAreas ?? []) as Ref[]) {
      const competence = idKey(ref)
      if (competence && !targets.some((t) => t.competence === competence)) {
        targets.push({ competence, level: doc.targetLevel })
      }
    }
  }
  return targets
}

export type Recommendations = {
  locale: Locale
  assessed: boolean
  weakest: { code: string; name: string; level: Level; target: Level }[]
  items: Recommendation[]
}

/** GET /api/me/recommendations: weakest competences and the published items that lift them. */
export const recommendationsFor = async (
  payload: Payload,
  user: TypedUser,
  locale: Locale,
  now = new Date(),
): Promise<Recommendations> => {
  const competences = await loadCompetences(payload, locale)
  const profile = currentProfile(
    (await loadOwnAssessments(payload, user)).map((d) => toAssessment(d as never)),
  )
  const weak = weakestCompetences(profile, (id) => competences.get(id)?.code)
  const weakest = weak.map((w) => ({
    code: w.code,
    name: competences.get(w.competence)?.name ?? '',
    level: w.level,
    target: w.target,
  }))
  if (!weak.length) return { locale, assessed: profile.size > 0, weakest, items: [] }

  const ids = weak.map((w) => w.competence)
  const schoolId = idKey((user as { school?: Ref }).school)
  const school = (
    schoolId
      ? await payload.findByID({
          collection: 'schools',
          id: schoolId,
          depth: 0,
          disableErrors: true,
        })
      : null
  ) as SchoolInventory | null
  const profiles = new Map(
    (
      await payload.find({ collection: 'device-profiles', depth: 0, pagination: false, limit: 0 })
    ).docs.map((d) => [String(d.id), d as unknown as DeviceNeed]),
  )

  const candidates: Candidate[] = []
  for (const collection of RECOMMENDABLE) {
    const matches: Where[] = [{ 'targetLevels.competence': { in: ids } }]
    if (collection === 'trainings') {
      matches.push({ competenceAreas: { in: ids } })
    }
    const open =
      collection === 'trainings'
        ? [
            {
              or: [
                { registrationDeadline: { exists: false } },
                { registrationDeadline: { greater_than_equal: now.toISOString() } },
              ],
            },
          ]
        : []
    const { docs } = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { or: matches }, ...open] },
      draft: false,
      locale,
      depth: 0,
      pagination: false,
      limit: 0,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const need = profiles.get(idKey(doc.deviceProfile as Ref) ?? '')
      candidates.push({
        collection,
        id: doc.id as Id,
        title: String(doc.title ?? ''),
        slug: (doc.slug as string | null | undefined) ?? null,
        targets: targetsOf(collection, doc),
        fitsDevices: school ? fitsSchool(need, doc.gradeBands as string[] | null, school) : false,
      })
    }
  }
  const names = new Map([...competences].map(([id, c]) => [id, { code: c.code, name: c.name }]))
  return {
    locale,
    assessed: true,
    weakest,
    items: rankRecommendations(weak, candidates, names, locale),
  }
}

/** A teacher's progress: current levels, every assessment, and trainings with attendance. */
export const historyFor = async (payload: Payload, user: TypedUser, locale: Locale) => {
  const competences = await loadCompetences(payload, locale)
  const named = (id: string) => competences.get(id)
  const assessments = (await loadOwnAssessments(payload, user)).map((doc) =>
    toAssessment(doc as never),
  )
  const profile = currentProfile(assessments)
  const { docs } = await payload.find({
    collection: 'training-registrations',
    where: { teacher: { equals: user.id } },
    user,
    overrideAccess: false,
    locale,
    depth: 1,
    pagination: false,
    limit: 0,
    sort: '-queuedAt',
  })
  return {
    current: [...profile]
      .map(([id, level]) => ({
        code: named(id)?.code ?? null,
        name: named(id)?.name ?? null,
        level,
      }))
      .filter((c) => c.code !== null),
    assessments: assessments.map((a) => ({
      id: a.id,
      createdAt: a.createdAt,
      answers: a.answers.map((ans) => ({
        code: named(String(ans.competence))?.code ?? null,
        name: named(String(ans.competence))?.name ?? null,
        level: ans.level,
      })),
    })),
    trainings: (docs as unknown as Record<string, unknown>[]).map((r) => {
      const training = r.training as { id?: Id; title?: string } | null
      return {
        registration: r.id as Id,
        training: {
          id: training && typeof training === 'object' ? training.id : (r.training as Id),
          title: training && typeof training === 'object' ? (training.title ?? null) : null,
        },
        status: r.status as string,
        attended: Boolean(r.attended),
        registeredAt: r.queuedAt as string,
      }
    }),
  }
}
