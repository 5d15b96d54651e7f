import { type Level, LEVELS, levelIndex } from '../competence/levels.js'

/*
 * The numbers behind the portal's charts, apart from drawing: pure and unit-tested.
 */

/** One horizontal bar: a value on the chart's scale, the words a screen reader and the eye get. */
export type Bar = { value: number; text: string; kind: 'current' | 'previous' | 'actual' }
/** One row of bars, with an optional target line (on the same scale). */
export type Row = { key: string; label: string; bars: Bar[]; target?: number; targetText?: string }

/** Where a value falls between 0 and `max`, as a share of the plot's width (clamped to 0–1). */
export const share = (value: number, max: number): number =>
  max <= 0 ? 0 : Math.min(1, Math.max(0, value / max))

/** A DigCompEdu level as a bar length: A1 is 1, C2 is 6. */
export const levelValue = (level: Level): number => levelIndex(level) + 1

/** The level a mean of level values stands for, rounded down (a profile never flatters). */
export const levelOfMean = (values: number[]): Level | null =>
  values.length === 0
    ? null
    : LEVELS[Math.max(0, Math.floor(values.reduce((a, b) => a + b, 0) / values.length) - 1)]!

export type AreaLevels = { area: string; current: Level | null; previous: Level | null }

/**
 * A teacher's level per DigCompEdu area: the mean of their latest level in each competence of
 * the area, now and as it stood before their newest assessment.
 */
export const areaLevels = (
  /** Newest first, as `historyFor` gives them: answers by competence code. */
  assessments: { answers: { code: string | null; level: string }[] }[],
  areaOf: (code: string) => string | null,
): AreaLevels[] => {
  const profile = (list: typeof assessments) => {
    const latest = new Map<string, Level>()
    for (const assessment of [...list].reverse())
      for (const answer of assessment.answers)
        if (answer.code && (LEVELS as readonly string[]).includes(answer.level))
          latest.set(answer.code, answer.level as Level)
    const byArea = new Map<string, number[]>()
    for (const [code, level] of latest) {
      const area = areaOf(code)
      if (area) byArea.set(area, [...(byArea.get(area) ?? []), levelValue(level)])
    }
    return new Map([...byArea].map(([area, values]) => [area, levelOfMean(values)]))
  }
  const now = profile(assessments)
  const before = profile(assessments.slice(1))
  return [...now.keys()]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((area) => ({ area, current: now.get(area) ?? null, previous: before.get(area) ?? null }))
}

export type AreaDistribution = {
  area: string
  /** Answers over the area's shown competences (a teacher counts once a competence). */
  answers: number
  levels: Record<Level, number>
  /** Mean level value, 1 (A1) to 6 (C2). */
  mean: number
}

/**
 * Per area, the level counts of the competences whose distribution is shown (five answers or
 * more); areas with none shown are left out. Weakest first, for "the largest gaps".
 */
export const areaDistributions = (
  rows: { competence: { area: string | null }; levels: Record<Level, number> | null }[],
): AreaDistribution[] => {
  const byArea = new Map<string, Record<Level, number>>()
  for (const row of rows) {
    if (!row.levels || !row.competence.area) continue
    const sum =
      byArea.get(row.competence.area) ??
      (Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>)
    for (const level of LEVELS) sum[level] += row.levels[level]
    byArea.set(row.competence.area, sum)
  }
  return [...byArea]
    .map(([area, levels]) => {
      const answers = LEVELS.reduce((n, l) => n + levels[l], 0)
      const mean = LEVELS.reduce((n, l) => n + levels[l] * levelValue(l), 0) / answers
      return { area, answers, levels, mean }
    })
    .sort((a, b) => a.mean - b.mean || a.area.localeCompare(b.area, 'en', { numeric: true }))
}
