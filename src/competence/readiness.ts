import { PROGRAM_RATIOS } from '../devices/ratios.js'
import type { GradeBand } from '../fields/vocabularies.js'
import type { SchoolInventory } from './deviceFit.js'

export type Readiness = {
  bands: { gradeBand: string; pupils: number; ratio: number; laptopsNeeded: number }[]
  laptopsNeeded: number
  laptops: number
  gap: number
}

/**
 * A school against the programme's laptop ratios (src/devices/ratios.ts): laptops needed per grade
 * band (pupils × ratio, rounded up), summed, against the laptops it has. Bands without a programme
 * ratio need none.
 */
export const laptopReadiness = (school: SchoolInventory): Readiness => {
  const bands = (school.pupils ?? []).flatMap(({ gradeBand, count }) => {
    const ratio = PROGRAM_RATIOS[gradeBand as GradeBand]
    return ratio === undefined
      ? []
      : [{ gradeBand, pupils: count, ratio, laptopsNeeded: Math.ceil(count * ratio) }]
  })
  const laptopsNeeded = bands.reduce((sum, b) => sum + b.laptopsNeeded, 0)
  const laptops = (school.devices ?? [])
    .filter((d) => d.kind === 'laptop')
    .reduce((sum, d) => sum + d.count, 0)
  return { bands, laptopsNeeded, laptops, gap: Math.max(0, laptopsNeeded - laptops) }
}
