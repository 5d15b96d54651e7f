import type { Locale } from '../../../src/localization.js'
import type { Judged } from './judged.js'

/** What an engine answered to one judged query: the titles of its first hits, best first. */
export type Outcome = { judged: Judged; titles: string[]; total: number }

/** The 1-based rank of the first relevant title, or null when none is among the titles. */
export const firstRelevant = ({ judged, titles }: Outcome): number | null => {
  const i = titles.findIndex((t) => judged.relevant.includes(t))
  return i < 0 ? null : i + 1
}

/** 1 / rank of the first relevant hit; a `none` query scores 1 when nothing was found. */
export const reciprocalRank = (o: Outcome): number => {
  if (o.judged.relevant.length === 0) return o.total === 0 ? 1 : 0
  const rank = firstRelevant(o)
  return rank === null ? 0 : 1 / rank
}

/** nDCG@10 with binary gains: every listed title is equally relevant. */
export const ndcgAt10 = (o: Outcome): number => {
  if (o.judged.relevant.length === 0) return o.total === 0 ? 1 : 0
  const dcg = o.titles
    .slice(0, 10)
    .reduce((sum, t, i) => sum + (o.judged.relevant.includes(t) ? 1 / Math.log2(i + 2) : 0), 0)
  let ideal = 0
  for (let i = 0; i < Math.min(10, o.judged.relevant.length); i++) ideal += 1 / Math.log2(i + 2)
  return dcg / ideal
}

/** Whether the query reached its judged rank (`none`: found nothing). */
export const meetsRank = (o: Outcome): boolean => {
  if (o.judged.relevant.length === 0) return o.total === 0
  const rank = firstRelevant(o)
  return rank !== null && rank <= o.judged.rank
}

export type Figures = { queries: number; mrr: number; ndcg: number; met: number }

export const figures = (outcomes: Outcome[]): Figures => {
  const n = outcomes.length || 1
  const mean = (f: (o: Outcome) => number) => outcomes.reduce((s, o) => s + f(o), 0) / n
  return {
    queries: outcomes.length,
    mrr: mean(reciprocalRank),
    ndcg: mean(ndcgAt10),
    met: mean((o) => (meetsRank(o) ? 1 : 0)),
  }
}

export const byLocale = (outcomes: Outcome[]): Record<Locale | 'all', Figures> => ({
  fi: figures(outcomes.filter((o) => o.judged.locale === 'fi')),
  sv: figures(outcomes.filter((o) => o.judged.locale === 'sv')),
  en: figures(outcomes.filter((o) => o.judged.locale === 'en')),
  all: figures(outcomes),
})
