import { PROGRAM_RATIOS } from '../devices/ratios.js'
import { GRADE_BANDS, type GradeBand } from '../fields/vocabularies.js'

/** The programme's ratio counts laptops (measure 5): other kinds do not close the gap. */
export const PROGRAMME_DEVICE = 'laptop'

export type SchoolInventory = {
  pupils?: { gradeBand?: string | null; count?: number | null }[] | null
  devices?: { kind?: string | null; count?: number | null }[] | null
}

export type BandReadiness = {
  gradeBand: GradeBand
  pupils: number
  /** Laptops per pupil under the programme, or null for bands it does not cover. */
  ratio: number | null
  needed: number
  available: number
  gap: number
}

export type Readiness = {
  bands: BandReadiness[]
  laptops: number
  needed: number
  /** Laptops the programme bands still lack in total (0 when the school has enough). */
  gap: number
  /** Laptops beyond what the programme bands need. */
  surplus: number
}

const countOf = (rows: { count?: number | null }[]): number =>
  rows.reduce((sum, row) => sum + Math.max(0, row.count ?? 0), 0)

/**
 * Shares `total` out in proportion to `weights`, in whole units that add up to `total`
 * (largest remainder; ties go to the earlier band).
 */
export const shareOut = (total: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0) return weights.map(() => 0)
  const exact = weights.map((w) => (total * w) / sum)
  const shares = exact.map(Math.floor)
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index)
  for (let left = total - shares.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++) {
    shares[order[i % order.length]!.index]! += 1
  }
  return shares
}

/**
 * A school's device readiness per grade band: pupils × the programme ratio (rounded up) against
 * the school's laptops. When there are too few, they are shared between the programme's bands in
 * proportion to need, so each band's gap shows where the shortfall falls.
 */
export const deviceReadiness = (school: SchoolInventory): Readiness => {
  const pupilsIn = (band: GradeBand) =>
    countOf((school.pupils ?? []).filter((row) => row.gradeBand === band))
  const laptops = countOf((school.devices ?? []).filter((row) => row.kind === PROGRAMME_DEVICE))
  const rows = GRADE_BANDS.map((gradeBand) => {
    const pupils = pupilsIn(gradeBand)
    const ratio = PROGRAM_RATIOS[gradeBand] ?? null
    return {
      gradeBand,
      pupils,
      ratio,
      needed: ratio === null ? 0 : Math.ceil(pupils * ratio - 1e-9),
    }
  }).filter((row) => row.pupils > 0)
  const needed = rows.reduce((sum, row) => sum + row.needed, 0)
  const given =
    laptops >= needed
      ? rows.map((row) => row.needed)
      : shareOut(
          laptops,
          rows.map((row) => row.needed),
        )
  const bands = rows.map((row, i) => ({
    ...row,
    available: given[i]!,
    gap: row.needed - given[i]!,
  }))
  return {
    bands,
    laptops,
    needed,
    gap: Math.max(0, needed - laptops),
    surplus: Math.max(0, laptops - needed),
  }
}

/** The grade bands with pupils at a school, in the vocabulary's order. */
export const bandsWithPupils = (school: SchoolInventory): GradeBand[] =>
  GRADE_BANDS.filter((band) =>
    (school.pupils ?? []).some((row) => row.gradeBand === band && (row.count ?? 0) > 0),
  )
