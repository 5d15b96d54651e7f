import type { Payload, TypedUser, Where } from 'payload'

import { idKey, idOf, type Id } from '../ids.js'
import type { Locale } from '../localization.js'
import type { SelfAssessment } from '../payload-types.js'
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
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  const result = new Map<string, CompetenceInfo>()
  for (const [id, doc] of byId) {
    const parent = idKey(doc.parent)
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
  return docs
}

type Targets = { competence: Ref; level: Level }[] | null | undefined

/** Answers or target levels keyed by competence id as text. */
const byCompetence = (rows: Targets) =>
  (rows ?? [])
    .filter((a) => idKey(a.competence) !== null && isLevel(a.level))
    .map((a) => ({ competence: idKey(a.competence)!, level: a.level }))

export const toAssessment = (doc: SelfAssessment): Assessment => ({
  id: doc.id,
  createdAt: doc.createdAt,
  answers: byCompetence(doc.answers),
})

type Targeted = {
  targetLevels?: Targets
  targetLevel?: Level | null
  competenceAreas?: Ref[] | null
}

const targetsOf = (collection: Recommendable, doc: Targeted) => {
  const targets = byCompetence(doc.targetLevels)
  // A training's one target level stands for each of its areas that has no level of its own.
  if (collection === 'trainings' && isLevel(doc.targetLevel)) {
    for (const ref of doc.competenceAreas ?? []) {
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
  const profile = currentProfile((await loadOwnAssessments(payload, user)).map(toAssessment))
  const weak = weakestCompetences(profile, (id) => competences.get(id)?.code)
  const weakest = weak.map((w) => ({
    code: w.code,
    name: competences.get(w.competence)?.name ?? '',
    level: w.level,
    target: w.target,
  }))
  if (!weak.length) return { locale, assessed: profile.size > 0, weakest, items: [] }

  const ids = weak.map((w) => w.competence)
  const schoolId = idKey(user.school)
  const school: SchoolInventory | null = schoolId
    ? await payload.findByID({ collection: 'schools', id: schoolId, depth: 0, disableErrors: true })
    : null
  const profiles = new Map(
    (
      await payload.find({ collection: 'device-profiles', depth: 0, pagination: false, limit: 0 })
    ).docs.map((d): [string, DeviceNeed] => [String(d.id), d]),
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
    for (const doc of docs) {
      const need = profiles.get(('deviceProfile' in doc && idKey(doc.deviceProfile)) || '')
      candidates.push({
        collection,
        id: doc.id,
        title: doc.title,
        slug: doc.slug ?? null,
        targets: targetsOf(collection, doc),
        fitsDevices: school
          ? fitsSchool(need, 'gradeBands' in doc ? doc.gradeBands : null, school)
          : false,
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
  const assessments = (await loadOwnAssessments(payload, user)).map(toAssessment)
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
    trainings: docs.map((r) => ({
      registration: r.id,
      training: {
        id: idOf(r.training)!,
        title: typeof r.training === 'object' ? r.training.title : null,
      },
      status: r.status,
      attended: Boolean(r.attended),
      registeredAt: r.queuedAt,
    })),
  }
}
