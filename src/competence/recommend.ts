import type { Locale } from '../localization.js'
import type { Level } from './levels.js'
import type { Weak } from './profile.js'

/** The kinds of item that can help a teacher reach a level, in the order ties are shown. */
export const RECOMMENDABLE = ['trainings', 'pedagogical-models', 'digital-materials'] as const
export type Recommendable = (typeof RECOMMENDABLE)[number]

export type Candidate = {
  collection: Recommendable
  id: number | string
  title: string
  slug?: string | null
  /** "Helps reach level" per competence. */
  targets: { competence: string; level: Level }[]
  fitsDevices: boolean
}

export type Named = { code: string; name: string }

export type Recommendation = {
  collection: Recommendable
  id: number | string
  title: string
  slug: string | null
  fitsDevices: boolean
  competences: { code: string; level: Level; target: Level }[]
  reasons: string[]
}

const THIS: Record<Recommendable, Record<Locale, string>> = {
  'pedagogical-models': { en: 'this model', fi: 'tämä malli', sv: 'denna modell' },
  'digital-materials': { en: 'this material', fi: 'tämä materiaali', sv: 'detta material' },
  trainings: { en: 'this training', fi: 'tämä koulutus', sv: 'denna utbildning' },
}

/** "you assessed 3.3 Collaborative learning at A2; this model targets B1", in the locale. */
export const reasonText = (
  locale: Locale,
  collection: Recommendable,
  competence: Named,
  level: Level,
  target: Level,
): string => {
  const what = `${competence.code} ${competence.name}`
  const item = THIS[collection][locale]
  switch (locale) {
    case 'fi':
      return `arvioit osaamisesi ${what} tasolle ${level}; ${item} tähtää tasolle ${target}`
    case 'sv':
      return `du bedömde ${what} till nivå ${level}; ${item} siktar på nivå ${target}`
    default:
      return `you assessed ${what} at ${level}; ${item} targets ${target}`
  }
}

/**
 * Items that bring a weak competence to its next level, best first: those the teacher's school
 * has the devices for, then those that help more weak competences, then those for the weakest,
 * then trainings before models before materials, then by title.
 */
export const rankRecommendations = (
  weak: Weak[],
  candidates: Candidate[],
  names: Map<string, Named>,
  locale: Locale,
): Recommendation[] => {
  const ranked = candidates
    .map((candidate) => {
      const hits = weak
        .map((w, rank) => ({ w, rank }))
        .filter(({ w }) =>
          candidate.targets.some((t) => t.competence === w.competence && t.level === w.target),
        )
      return { candidate, hits }
    })
    .filter(({ hits }) => hits.length > 0)
    .sort(
      (a, b) =>
        Number(b.candidate.fitsDevices) - Number(a.candidate.fitsDevices) ||
        b.hits.length - a.hits.length ||
        a.hits[0]!.rank - b.hits[0]!.rank ||
        RECOMMENDABLE.indexOf(a.candidate.collection) -
          RECOMMENDABLE.indexOf(b.candidate.collection) ||
        a.candidate.title.localeCompare(b.candidate.title, locale),
    )
  return ranked.map(({ candidate, hits }) => ({
    collection: candidate.collection,
    id: candidate.id,
    title: candidate.title,
    slug: candidate.slug ?? null,
    fitsDevices: candidate.fitsDevices,
    competences: hits.map(({ w }) => ({ code: w.code, level: w.level, target: w.target })),
    reasons: hits.map(({ w }) =>
      reasonText(
        locale,
        candidate.collection,
        names.get(w.competence) ?? { code: w.code, name: '' },
        w.level,
        w.target,
      ),
    ),
  }))
}
