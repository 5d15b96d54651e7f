import { z } from 'zod'

import { CONTENT_COLLECTIONS } from '../../collections/slugs.js'
import { PROGRAM_RATIOS } from '../devices/ratios.js'
import { GRADE_BANDS, LICENCES, SUBJECTS, type GradeBand } from '../fields/vocabularies.js'
import { LOCALES } from '../localization.js'
import { DomainError } from '../errors.js'

const PROGRAMME_BANDS = Object.keys(PROGRAM_RATIOS) as GradeBand[]

/** A grade band with a programme ratio, or a school whose inventory decides. */
export type FitsDevices = { kind: 'grade' | 'school' | 'band-without-ratio'; value: string }

/** Single-valued parameters: a repeated one is an error rather than a silent pick. */
const once = <T extends z.ZodTypeAny>(inner: T) =>
  z
    .unknown()
    .refine((v) => !Array.isArray(v), 'must be given once')
    .pipe(inner)

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  once(
    z
      .enum(values, { errorMap: () => ({ message: `must be one of ${values.join(', ')}` }) })
      .optional(),
  )

const integer = (min: number, max: number, fallback: number) =>
  once(
    z
      .string()
      .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .optional()
      .transform((v) => v ?? fallback),
  )

const coordinates = once(
  z
    .string()
    .regex(
      /^\s*-?\d{1,3}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/,
      'must be lat,lng in decimal degrees',
    )
    .transform((v) => v.split(',').map(Number) as [number, number])
    .refine(([lat, lng]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180, 'is outside the globe')
    .transform(([lat, lng]) => ({ lat, lng }))
    .optional(),
)

const schema = z
  .object({
    q: once(
      z
        .string()
        .max(200, 'must be at most 200 characters')
        .optional()
        .transform((v) => v?.trim() ?? ''),
    ),
    locale: optionalEnum(LOCALES).transform((v) => v ?? 'fi'),
    type: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) =>
        v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((t) => t.split(',')),
      )
      .pipe(
        z.array(
          z.enum(CONTENT_COLLECTIONS, {
            errorMap: () => ({ message: `must be one of ${CONTENT_COLLECTIONS.join(', ')}` }),
          }),
        ),
      ),
    grade: optionalEnum(GRADE_BANDS),
    competence: once(
      z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,15}$/, 'must be a competence code such as 3.1 or L5')
        .optional(),
    ),
    subject: optionalEnum(SUBJECTS),
    licence: optionalEnum(LICENCES),
    free: optionalEnum(['true', 'false'] as const).transform((v) =>
      v === undefined ? undefined : v === 'true',
    ),
    fitsDevices: once(
      z
        .string()
        .regex(
          /^[A-Za-z0-9-]{1,36}$/,
          `must be a grade band (${PROGRAMME_BANDS.join(', ')}) or a school id`,
        )
        .optional()
        .transform((v): FitsDevices | undefined => {
          if (v === undefined) return undefined
          if ((PROGRAMME_BANDS as string[]).includes(v)) return { kind: 'grade', value: v }
          if ((GRADE_BANDS as readonly string[]).includes(v))
            return { kind: 'band-without-ratio', value: v }
          return { kind: 'school', value: v }
        }),
    ),
    near: coordinates,
    radius: once(
      z
        .string()
        .regex(/^\d+(\.\d+)?$/, 'must be a distance in kilometres')
        .transform(Number)
        .pipe(z.number().gt(0, 'must be more than 0').max(500, 'must be at most 500'))
        .optional(),
    ),
    sort: optionalEnum(['relevance', 'distance', 'newest'] as const).transform(
      (v) => v ?? 'relevance',
    ),
    page: integer(1, 1000, 1),
    limit: integer(1, 100, 20),
    status: optionalEnum(['published', 'any'] as const).transform((v) => v ?? 'published'),
  })
  .strict()

export type SearchParams = z.infer<typeof schema>

/**
 * Validates `/api/search` parameters (an Express or URLSearchParams-style query object). Throws an
 * 'invalid' DomainError (a 400) that names the first bad parameter.
 */
export const parseSearchParams = (
  query: Record<string, unknown> | URLSearchParams,
): SearchParams => {
  const input =
    query instanceof URLSearchParams
      ? Object.fromEntries(
          [...new Set(query.keys())].map((k) => {
            const all = query.getAll(k)
            return [k, all.length === 1 ? all[0] : all]
          }),
        )
      : query
  const result = schema.safeParse(input)
  if (!result.success) {
    const issue = result.error.issues[0]!
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!
      throw new DomainError('invalid', `Unknown parameter "${key}".`, key)
    }
    const field = String(issue.path[0])
    throw new DomainError('invalid', `Parameter "${field}" ${issue.message}.`, field)
  }
  const params = result.data
  if (params.fitsDevices?.kind === 'band-without-ratio') {
    throw new DomainError(
      'invalid',
      `Parameter "fitsDevices" has no programme device ratio for grade band ${params.fitsDevices.value}; use ${PROGRAMME_BANDS.join(', ')} or a school id.`,
      'fitsDevices',
    )
  }
  if (params.radius !== undefined && !params.near) {
    throw new DomainError('invalid', 'Parameter "radius" needs "near" (lat,lng).', 'radius')
  }
  if (params.sort === 'distance' && !params.near) {
    throw new DomainError(
      'invalid',
      'Parameter "sort" can be distance only with "near" (lat,lng).',
      'sort',
    )
  }
  return params
}
