/** What a lesson needs: from a device profile. */
export type DeviceNeed = { deviceKinds: string[]; devicesPerPupil: number }

/** What a school has: from its record. */
export type SchoolInventory = {
  pupils?: { gradeBand: string; count: number }[] | null
  devices?: { kind: string; count: number }[] | null
}

/**
 * Whether a school's own devices carry an item: the devices of the kinds it names (any of them)
 * cover `devicesPerPupil` for the pupils of the grade bands it is for (all pupils when the item
 * names no band the school teaches). A whole-class item (0 per pupil) needs one such device. An
 * item with no device needs fits every school.
 */
export const fitsSchool = (
  need: DeviceNeed | null | undefined,
  gradeBands: string[] | null | undefined,
  school: SchoolInventory,
): boolean => {
  if (!need || !need.deviceKinds?.length) return true
  const have = (school.devices ?? [])
    .filter((d) => need.deviceKinds.includes(d.kind))
    .reduce((sum, d) => sum + d.count, 0)
  if (need.devicesPerPupil <= 0) return have >= 1
  const pupils = school.pupils ?? []
  const inBands = pupils.filter((p) => gradeBands?.includes(p.gradeBand))
  const count = (inBands.length ? inBands : pupils).reduce((sum, p) => sum + p.count, 0)
  return have >= Math.ceil(need.devicesPerPupil * count)
}
