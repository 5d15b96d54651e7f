import type { Id } from '../ids.js'
import { isLevel, levelIndex, nextLevel, type Level } from './levels.js'

/** Frameworks a teacher assesses themself on (the pupils' L1–L7 are not theirs to rate). */
export const ASSESSABLE_FRAMEWORKS = ['digcompedu', 'city'] as const

/**
 * Whether teachers assess themselves in this competence: the city's own, and DigCompEdu's
 * competences but not its area headings (1 … 6, which have no parent).
 */
export const isAssessableCompetence = (area: { framework?: string | null; parent?: unknown }) =>
  area.framework === 'city' || (area.framework === 'digcompedu' && area.parent != null)

export type { Id }

/** One rated competence. */
export type Answer = { competence: Id; level: Level }

/** A stored self-assessment, reduced to what the logic needs. */
export type Assessment = { id: Id; createdAt: string; answers: Answer[] }

/**
 * A teacher's current level in each competence: the latest answer for it across their whole
 * history, so re-assessing only some competences keeps the others.
 */
export const currentProfile = (assessments: Assessment[]): Map<string, Level> => {
  const profile = new Map<string, Level>()
  const oldestFirst = [...assessments].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || String(a.id).localeCompare(String(b.id)),
  )
  for (const assessment of oldestFirst) {
    for (const answer of assessment.answers) {
      if (isLevel(answer.level)) profile.set(String(answer.competence), answer.level)
    }
  }
  return profile
}

/** "1.10" after "1.9": codes compare part by part as numbers where they are numbers. */
export const compareCodes = (a: string, b: string): number => {
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? ''
    const y = pb[i] ?? ''
    const nx = Number(x)
    const ny = Number(y)
    const diff =
      x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y)
    if (diff !== 0) return diff
  }
  return 0
}

export type Weak = { competence: string; code: string; level: Level; target: Level }

/**
 * The competences to work on: the two lowest-rated, plus a third when it is rated as low as the
 * second (so a tie is not cut arbitrarily). C2 has nowhere to go and is never weak. Ties are
 * broken by code, so the answer is stable.
 */
export const weakestCompetences = (
  profile: Map<string, Level>,
  codeOf: (competence: string) => string | undefined,
): Weak[] => {
  const rated = [...profile]
    .map(([competence, level]) => ({ competence, level, code: codeOf(competence) }))
    .filter((r): r is Omit<Weak, 'target'> => r.code !== undefined && nextLevel(r.level) !== null)
    .sort((a, b) => levelIndex(a.level) - levelIndex(b.level) || compareCodes(a.code, b.code))
  const picked = rated.slice(0, 2)
  const third = rated[2]
  if (third && picked[1] && third.level === picked[1].level) picked.push(third)
  return picked.map((r) => ({ ...r, target: nextLevel(r.level)! }))
}
