import type { Payload, TypedUser, Where } from 'payload'

import { hasRole } from '../access/roles.js'
import { deviceReadiness } from '../portal/readiness.js'
import { HttpError } from '../server/errors.js'
import type { Locale } from '../localization.js'
import { levelDistribution } from './aggregate.js'
import { idKey } from '../ids.js'
import { loadCompetences, toAssessment } from './load.js'
import { currentProfile, type Assessment } from './profile.js'

/** Which school the caller may see aggregates of: a leader their own, an admin any (or all). */
const scopeOf = (user: TypedUser, asked: unknown): string | null => {
  const askedId = typeof asked === 'string' && asked !== '' ? asked : null
  if (hasRole(user, 'admin')) return askedId
  const own = idKey(user.leaderOf)
  if (!hasRole(user, 'leader') || !own) {
    throw new HttpError(403, 'Only school leaders linked to a school and admins see these figures.')
  }
  if (askedId && askedId !== own) throw new HttpError(403, 'Leaders see their own school only.')
  return own
}

/**
 * A school's aggregated picture for pedagogical management (GET /api/leader/school and the
 * portal's leader page). Never a row about one person: level distributions only where at least
 * five teachers answered, participation as counts, devices from the school record.
 */
export const schoolOverview = async (
  payload: Payload,
  user: TypedUser,
  askedSchool: unknown,
  locale: Locale,
) => {
  const schoolId = scopeOf(user, askedSchool)
  const system = { overrideAccess: true, depth: 0, pagination: false, limit: 0 } as const

  const school = schoolId
    ? await payload.findByID({
        collection: 'schools',
        id: schoolId,
        locale,
        depth: 0,
        disableErrors: true,
      })
    : null
  if (schoolId && !school) throw new HttpError(404, 'No such school.')

  const staffWhere: Where = {
    and: [
      { roles: { in: ['teacher', 'expert'] } },
      ...(schoolId ? [{ school: { equals: schoolId } }] : []),
    ],
  }
  const teachers = (await payload.find({ ...system, collection: 'users', where: staffWhere })).docs
  const teacherIds = teachers.map((t) => t.id)

  const assessments = teacherIds.length
    ? (
        await payload.find({
          ...system,
          collection: 'self-assessments',
          where: { teacher: { in: teacherIds } },
        })
      ).docs
    : []
  const byTeacher = new Map<string, Assessment[]>()
  for (const doc of assessments) {
    const key = idKey(doc.teacher)!
    byTeacher.set(key, [...(byTeacher.get(key) ?? []), toAssessment(doc)])
  }
  const profiles = [...byTeacher.values()].map(currentProfile)
  const competences = [...(await loadCompetences(payload, locale)).values()]

  const registrations = teacherIds.length
    ? (
        await payload.find({
          ...system,
          collection: 'training-registrations',
          where: { and: [{ teacher: { in: teacherIds } }, { status: { equals: 'confirmed' } }] },
        })
      ).docs
    : []

  return {
    school: school ? { id: school.id, name: school.name ?? null } : null,
    teachers: teacherIds.length,
    assessed: byTeacher.size,
    competenceProfile: levelDistribution(competences, profiles),
    trainingParticipation: {
      registrations: registrations.length,
      attendances: registrations.filter((r) => r.attended).length,
      teachersRegistered: new Set(registrations.map((r) => idKey(r.teacher))).size,
      teachersAttended: new Set(
        registrations.filter((r) => r.attended).map((r) => idKey(r.teacher)),
      ).size,
    },
    deviceReadiness: school ? deviceReadiness(school) : null,
  }
}

export type SchoolOverview = Awaited<ReturnType<typeof schoolOverview>>
