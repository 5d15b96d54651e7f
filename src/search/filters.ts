import type { Payload } from 'payload'

import { PROGRAM_RATIOS } from '../devices/ratios.js'
import { DomainError } from '../errors.js'
import type { GradeBand } from '../fields/vocabularies.js'
import type { SearchParams } from './params.js'
import type { Filter } from './types.js'

export { matchesFilter } from './match.js'

type School = {
  pupils?: { gradeBand?: string; count?: number }[] | null
  devices?: { kind?: string; count?: number }[] | null
}

/**
 * What a school's real inventory allows: an item fits when it needs no pupil devices, or when the
 * school has, of one of the kinds the item uses, at least its devices-per-pupil for all its pupils.
 */
export const schoolDeviceFilter = (school: School): Filter => {
  const pupils = (school.pupils ?? []).reduce((sum, row) => sum + (row.count ?? 0), 0)
  const perKind = (school.devices ?? [])
    .filter((row) => row.kind && (row.count ?? 0) > 0 && pupils > 0)
    .map((row) => ({ kind: row.kind!, ratio: Math.round(((row.count ?? 0) / pupils) * 1e6) / 1e6 }))
  return {
    op: 'or',
    filters: [
      { field: 'devicesPerPupil', op: 'eq', value: 0 },
      ...perKind.map(({ kind, ratio }): Filter => ({
        op: 'and',
        filters: [
          { field: 'deviceKinds', op: 'any', values: [kind] },
          { field: 'devicesPerPupil', op: 'lte', value: ratio },
        ],
      })),
    ],
  }
}

/** The filter tree for validated parameters; a school id is looked up (400 when unknown). */
export const buildFilters = async (payload: Payload, params: SearchParams): Promise<Filter[]> => {
  const filters: Filter[] = []
  if (params.type.length > 0)
    filters.push({ field: 'type', op: 'in', values: [...new Set(params.type)] })
  if (params.grade) filters.push({ field: 'gradeBands', op: 'any', values: [params.grade] })
  if (params.competence)
    filters.push({ field: 'competenceCodes', op: 'any', values: [params.competence] })
  if (params.subject) filters.push({ field: 'subjects', op: 'any', values: [params.subject] })
  if (params.licence) filters.push({ field: 'licence', op: 'in', values: [params.licence] })
  if (params.free !== undefined) filters.push({ field: 'free', op: 'is', value: params.free })
  const fits = params.fitsDevices
  if (fits?.kind === 'grade') {
    filters.push({
      field: 'devicesPerPupil',
      op: 'lte',
      value: PROGRAM_RATIOS[fits.value as GradeBand]!,
    })
  } else if (fits?.kind === 'school') {
    const school = await payload
      .findByID({
        collection: 'schools',
        id: fits.value,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)
    if (!school)
      throw new DomainError(
        'invalid',
        `Parameter "fitsDevices": no school with id ${fits.value}.`,
        'fitsDevices',
      )
    filters.push(schoolDeviceFilter(school as School))
  }
  return filters
}
