import { LEVELS, type Level } from './levels.js'

/** Fewer answers than this and a distribution could point at a person: it is not shown. */
export const MIN_RESPONDENTS = 5

export type CompetenceRow = { id: string; code: string; name: string; area: string | null }

export type Distribution =
  | {
      competence: CompetenceRow
      suppressed: false
      respondents: number
      levels: Record<Level, number>
    }
  | { competence: CompetenceRow; suppressed: true; respondents: null; levels: null }

/**
 * The distribution of current levels per competence over a group of teachers' profiles. Where
 * fewer than MIN_RESPONDENTS answered, neither the levels nor the count are given (a count of one
 * with a known colleague would already say too much).
 */
export const levelDistribution = (
  competences: CompetenceRow[],
  profiles: Map<string, Level>[],
): Distribution[] =>
  competences.map((competence) => {
    const answers = profiles
      .map((profile) => profile.get(competence.id))
      .filter((level): level is Level => level !== undefined)
    if (answers.length < MIN_RESPONDENTS) {
      return { competence, suppressed: true, respondents: null, levels: null }
    }
    const levels = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>
    for (const level of answers) levels[level]++
    return { competence, suppressed: false, respondents: answers.length, levels }
  })
