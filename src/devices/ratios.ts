import type { GradeBand } from '../fields/vocabularies.js'

/**
 * Laptops per pupil that the digitalization programme provides (measure 5): grades 1–2 50 %,
 * 3–6 75 %, 7–9 100 %. Other bands have no programme ratio.
 */
export const PROGRAM_RATIOS: Partial<Record<GradeBand, number>> = {
  '1-2': 0.5,
  '3-6': 0.75,
  '7-9': 1.0,
}

/** Grade bands whose programme ratio covers a lesson needing `devicesPerPupil`. */
export const gradeBandsThatFit = (devicesPerPupil: number): GradeBand[] =>
  (Object.entries(PROGRAM_RATIOS) as [GradeBand, number][])
    .filter(([, ratio]) => devicesPerPupil <= ratio)
    .map(([band]) => band)
