import type { MongooseAdapter } from '@payloadcms/db-mongodb'

/** What the MongoDB-wire server behind `DATABASE_URL` can do, probed once per connection. */
export type MongoServer = {
  /** FerretDB's version when the server is FerretDB, otherwise null (taken to be MongoDB). */
  ferretdb: string | null
  /** Whether the server runs the `$lookup` aggregation stage (Payload's join aggregations use it). */
  lookup: boolean
  /** Whether indexes may carry a `partialFilterExpression` (FerretDB v1 refuses the option). */
  partialIndexes: boolean
  /** Whether multi-document transactions are available (MongoDB needs a replica set for them). */
  transactions: boolean
}

type BuildInfo = { ferretdbVersion?: string; ferretdbFeatures?: { aggregationStages?: string[] } }
type Hello = { setName?: string }

/** Pure: the capabilities that a server's `buildInfo` and `hello` answers name. */
export const serverFrom = (buildInfo: BuildInfo, hello: Hello): MongoServer => {
  const stages = buildInfo.ferretdbFeatures?.aggregationStages
  return {
    ferretdb: buildInfo.ferretdbVersion ?? null,
    // FerretDB lists the stages it implements; MongoDB implements them all.
    lookup: stages ? stages.includes('$lookup') : true,
    partialIndexes: buildInfo.ferretdbVersion === undefined,
    transactions: buildInfo.ferretdbVersion === undefined && typeof hello.setName === 'string',
  }
}

type AdminDb = { command: (command: Record<string, unknown>) => Promise<unknown> }

export const probeServer = async (admin: AdminDb): Promise<MongoServer> =>
  serverFrom(
    (await admin.command({ buildInfo: 1 })) as BuildInfo,
    (await admin.command({ hello: 1 })) as Hello,
  )

const servers = new WeakMap<object, MongoServer>()

/** The probed capabilities of a connected adapter (set by `adaptToServer`). */
export const mongoServerOf = (adapter: object): MongoServer | undefined => servers.get(adapter)

/**
 * `afterOpenConnection` hook: probes the server and turns off what it lacks. Without `$lookup`,
 * Payload populates join fields with one extra `find` per join instead of an aggregation (its own
 * `useJoinAggregations: false`, the setting it recommends for DocumentDB and Cosmos DB).
 */
export const adaptToServer = async (adapter: MongooseAdapter): Promise<void> => {
  const db = adapter.connection.db
  if (!db) return
  const server = await probeServer(db.admin())
  servers.set(adapter, server)
  if (!server.lookup) adapter.useJoinAggregations = false
  if (server.ferretdb) withoutWriteProjection(adapter)
  if (server.partialIndexes) applyPartialIndexes(adapter)
  else storeNullsAsMissing(adapter)
}

/**
 * Unique indexes that must ignore documents without the value. MongoDB indexes a missing or null
 * field as null, so a second waitlisted (seatless) registration of a training would collide with
 * the first. MongoDB gets a partial index; FerretDB v1 has none, but its unique indexes skip
 * documents that lack the field (they compare nulls, though), so there such nulls are stored as a
 * missing field. Indexes are built after this runs (`ensureIndexes`, autoIndex off).
 */
export const PARTIAL_UNIQUE_INDEXES: {
  collection: string
  fields: string[]
  partialFilterExpression: Record<string, unknown>
}[] = [
  {
    collection: 'training-registrations',
    fields: ['training', 'seat'],
    partialFilterExpression: { seat: { $type: 'number' } },
  },
]

type IndexSpec = [Record<string, unknown>, Record<string, unknown>]

const applyPartialIndexes = (adapter: MongooseAdapter): void => {
  for (const { collection, fields, partialFilterExpression } of PARTIAL_UNIQUE_INDEXES) {
    const schema = adapter.collections[collection]?.schema as unknown as { _indexes: IndexSpec[] }
    const spec = schema?._indexes.find(
      ([keys]) => Object.keys(keys).join() === fields.join() && keys[fields[0]!] === 1,
    )
    if (!spec) throw new Error(`No (${fields.join(', ')}) index on ${collection} to make partial`)
    spec[1] = { ...spec[1], partialFilterExpression }
  }
}

/**
 * FerretDB v1 refuses a projection on `findAndModify` ("support for field \"fields\" is not
 * implemented"), which Payload sends for a write with `select` (its key-value store does, on every
 * `kv.set`). Such writes return the whole document instead; callers that select read only a subset.
 */
const withoutWriteProjection = (adapter: MongooseAdapter): void => {
  for (const method of ['updateOne', 'upsert'] as const) {
    const original = adapter[method].bind(adapter) as (args: { select?: unknown }) => unknown
    Object.assign(adapter, {
      [method]: (args: { select?: unknown }) => original({ ...args, select: undefined }),
    })
  }
}

type WriteArgs = { collection: string; data: Record<string, unknown> }
type Doc = Record<string, unknown>
type Method = (args: WriteArgs) => Promise<unknown>

/**
 * FerretDB: a null in a partially indexed field is written as `$unset` (or left out on insert) and
 * read back as null, so Payload and its callers see the same documents as on MongoDB or SQL.
 */
const storeNullsAsMissing = (adapter: MongooseAdapter): void => {
  const nullable = new Map(PARTIAL_UNIQUE_INDEXES.map((i) => [i.collection, i.fields.slice(1)]))
  const refill = (fields: string[], doc: unknown) => {
    if (doc && typeof doc === 'object') for (const f of fields) (doc as Doc)[f] ??= null
    return doc
  }
  const wrap = (method: 'create' | 'updateOne' | 'findOne' | 'find') => {
    const original = (adapter[method] as Method).bind(adapter)
    Object.assign(adapter, {
      [method]: async (args: WriteArgs) => {
        const fields = nullable.get(args.collection)
        if (!fields) return original(args)
        let data = args.data
        if (data) {
          const nulls = fields.filter((f) => data[f] === null)
          data = Object.fromEntries(Object.entries(data).filter(([k]) => !nulls.includes(k)))
          // Mongoose keeps an operator beside top-level fields: the write stays one atomic update.
          if (nulls.length && method === 'updateOne')
            data.$unset = Object.fromEntries(nulls.map((f) => [f, 1]))
        }
        const result = await original(data ? { ...args, data } : args)
        if (method !== 'find') return refill(fields, result)
        for (const doc of (result as { docs: unknown[] }).docs) refill(fields, doc)
        return result
      },
    })
  }
  for (const method of ['create', 'updateOne', 'findOne', 'find'] as const) wrap(method)
}
