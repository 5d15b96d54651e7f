import { MongoClient } from 'mongodb'
import { it } from 'vitest'

import { probeServer, type MongoServer } from '../../src/mongodb/server.js'
import { testDatabaseKind } from './database.js'

/** A server feature some tests need and FerretDB (or a MongoDB that is no replica set) may lack. */
export type Capability = Exclude<keyof MongoServer, 'ferretdb'>

const WHY: Record<Capability, string> = {
  lookup: 'the $lookup aggregation stage',
  partialIndexes: 'partial indexes (partialFilterExpression)',
  transactions: 'multi-document transactions (a replica set)',
}

let probed: Promise<MongoServer> | undefined

/** Probes the MongoDB-wire server of TEST_DATABASE_URL once per test file. */
const server = (): Promise<MongoServer> =>
  (probed ??= (async () => {
    const client = await MongoClient.connect(process.env.TEST_DATABASE_URL!)
    try {
      return await probeServer(client.db().admin())
    } finally {
      await client.close()
    }
  })())

/**
 * Why this database cannot run a test that needs `capability`, or null when it can. SQLite and
 * PostgreSQL have every capability named here (they are MongoDB's features, or SQL's own).
 */
export const lacking = async (capability: Capability): Promise<string | null> => {
  if (testDatabaseKind() !== 'mongodb') return null
  const found = await server()
  if (found[capability]) return null
  const name = found.ferretdb ? `FerretDB ${found.ferretdb}` : 'this MongoDB server'
  return `${name} lacks ${WHY[capability]}`
}

/**
 * `it`, or, where the server lacks the capability, `it.skip` with the reason in the test's name,
 * so that every gated test shows up in the report as skipped and why (never silently).
 */
export const itNeeds = async (capability: Capability): Promise<typeof it> => {
  const reason = await lacking(capability)
  if (!reason) return it
  return ((name: string, ...rest: unknown[]) =>
    (it.skip as (...args: unknown[]) => void)(`${name} [gated: ${reason}]`, ...rest)) as typeof it
}
