import { APIError, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

const SCALAR_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'exists',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

type Scalar = string | number | boolean | null

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** Comma lists arrive as strings from the query string, arrays from JSON and qs brackets. */
const listValues = (value: unknown): unknown[] =>
  typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]

const isNumeric = (value: Scalar): boolean =>
  value === null || value === '' || (typeof value !== 'boolean' && Number.isFinite(Number(value)))
const isDate = (value: Scalar): boolean =>
  value === null ||
  value === '' ||
  (typeof value !== 'boolean' && !Number.isNaN(Date.parse(String(value))))
const isBoolean = (value: Scalar): boolean =>
  value === null || value === true || value === false || value === 'true' || value === 'false'

type Kind = 'number' | 'date' | 'boolean' | 'point' | 'other'

const kindOf = (field: FlattenedField | undefined, numericIds: boolean): Kind => {
  if (!field) return 'other'
  if (field.type === 'number') return 'number'
  if (field.type === 'date') return 'date'
  if (field.type === 'checkbox') return 'boolean'
  if (field.type === 'point') return 'point'
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    return numericIds ? 'number' : 'other'
  }
  return 'other'
}

const VALID: Record<Exclude<Kind, 'point' | 'other'>, [(v: Scalar) => boolean, string]> = {
  number: [isNumeric, 'a number'],
  date: [isDate, 'a date'],
  boolean: [isBoolean, 'true or false'],
}

/**
 * At most this many conditions in one `where`. SQLite refuses an expression tree deeper than 1 000
 * ("Expression tree is too large"), and an OR of n conditions nests n deep; 500 leaves room for the
 * conditions that access rules and drafts add.
 */
export const MAX_WHERE_CONDITIONS = 500
/** At most this many levels of and/or: the admin's filters nest two. */
export const MAX_WHERE_DEPTH = 8

const COMBINATORS = ['and', 'or', 'AND', 'OR']

/** How many field conditions a `where` holds and how deep its and/or lists nest. */
export const whereSize = (where: unknown, level = 1): { conditions: number; depth: number } => {
  let conditions = 0
  let depth = level
  if (!isPlainObject(where)) return { conditions, depth }
  for (const [key, condition] of Object.entries(where)) {
    if (COMBINATORS.includes(key) && Array.isArray(condition)) {
      for (const inner of condition) {
        const size = whereSize(inner, level + 1)
        conditions += size.conditions
        depth = Math.max(depth, size.depth)
        // Stop early: a hostile list need not be walked to its end.
        if (conditions > MAX_WHERE_CONDITIONS || depth > MAX_WHERE_DEPTH) {
          return { conditions, depth }
        }
      }
    } else {
      conditions += isPlainObject(condition) ? Math.max(1, Object.keys(condition).length) : 1
    }
  }
  return { conditions, depth }
}

/**
 * What is wrong with a `where` from outside, or undefined. Payload turns some malformed queries
 * into database errors (500): objects where a value belongs (`equals[$ne]`), text compared with
 * dates or numeric ids, geo operators on text. Each of these is named here instead; unknown
 * paths and operators are left for Payload, which already refuses them with a 400.
 */
export const whereProblem = (
  where: unknown,
  fields: FlattenedField[],
  numericIds: boolean,
  prefix = 'where',
): string | undefined => {
  if (!isPlainObject(where)) return `${prefix} must be an object of conditions.`
  if (prefix === 'where') {
    // The counts stop just past a limit, so the message names the limit, not the count.
    const { conditions, depth } = whereSize(where)
    if (depth > MAX_WHERE_DEPTH) {
      return `where nests and/or more than ${MAX_WHERE_DEPTH} levels deep.`
    }
    if (conditions > MAX_WHERE_CONDITIONS) {
      return `where has more than ${MAX_WHERE_CONDITIONS} conditions.`
    }
  }
  for (const [key, condition] of Object.entries(where)) {
    const at = `${prefix}[${key}]`
    // GraphQL spells the combinators in capitals (AND, OR); REST in lower case.
    if (COMBINATORS.includes(key)) {
      if (!Array.isArray(condition)) return `${at} must be a list of conditions.`
      for (const [i, inner] of condition.entries()) {
        const problem = whereProblem(inner, fields, numericIds, `${at}[${i}]`)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(condition)) return `${at} must be an object of operators.`
    const head = key.split('.')[0]!
    const field = key === 'id' ? undefined : fields.find((f) => f.name === head)
    // Only the first segment is typed here; `school.name` compares a text of another collection.
    const kind: Kind =
      key === 'id'
        ? numericIds
          ? 'number'
          : 'other'
        : key.includes('.')
          ? 'other'
          : kindOf(field, numericIds)
    for (const [operator, value] of Object.entries(condition)) {
      const place = `${at}[${operator}]`
      if (GEO_OPERATORS.has(operator)) {
        if (kind !== 'point') return `${place}: only location fields take geo operators.`
        continue
      }
      const values = LIST_OPERATORS.has(operator) ? listValues(value) : [value]
      if (!SCALAR_OPERATORS.has(operator) && !LIST_OPERATORS.has(operator)) continue
      if (!values.every(isScalar)) return `${place} must be a plain value, not an object or a list.`
      // PostgreSQL refuses NUL in text outright; no stored text contains one anyway.
      if (values.some((v) => typeof v === 'string' && v.includes('\u0000'))) {
        return `${place} must not contain a NUL character.`
      }
      if (operator === 'exists') {
        if (!values.every(isBoolean)) return `${place} must be true or false.`
        continue
      }
      if (kind === 'number' || kind === 'date' || kind === 'boolean') {
        const [valid, what] = VALID[kind]
        if (!values.every((v) => valid(v as Scalar))) return `${place} must be ${what}.`
      }
    }
  }
  return undefined
}

/** Malformed `where` from REST or GraphQL becomes a 400 naming the bad condition. */
export const rejectInvalidWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: unknown }).where
  if (where === undefined || req.payloadAPI === 'local') return args
  const idType =
    req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType
  const numericIds = idType === 'number'
  const problem = whereProblem(where, collection.flattenedFields, numericIds)
  if (problem) throw new APIError(`Invalid query: ${problem}`, 400, undefined, true)
  return args
}
