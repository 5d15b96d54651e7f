/**
 * The MongoDB-wire path: what the server probe concludes (pure, on every database), ObjectId-aware
 * ids, and on a MongoDB-wire server the adapter settings and indexes the probe chose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idFrom } from '../../src/ids.js'
import { mongoServerOf, serverFrom } from '../../src/mongodb/server.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { lacking } from '../helpers/capabilities.js'
import { testDatabaseKind } from '../helpers/database.js'

describe('the server probe', () => {
  it('names what FerretDB lacks from its own feature list', () => {
    const ferret = {
      ferretdbVersion: 'v1.24.2',
      ferretdbFeatures: { aggregationStages: ['$match', '$project', '$sort', '$group'] },
    }
    expect(serverFrom(ferret, {})).toEqual({
      ferretdb: 'v1.24.2',
      lookup: false,
      partialIndexes: false,
      transactions: false,
    })
  })

  it('takes MongoDB to have $lookup and partial indexes, and transactions only in a replica set', () => {
    expect(serverFrom({}, {})).toEqual({
      ferretdb: null,
      lookup: true,
      partialIndexes: true,
      transactions: false,
    })
    expect(serverFrom({}, { setName: 'rs0' }).transactions).toBe(true)
  })
})

describe('ids', () => {
  it('are serial integers on SQL and ObjectIds on MongoDB, nothing else', () => {
    expect([
      idFrom('12', false),
      idFrom(12, false),
      idFrom('0', false),
      idFrom('1e3', false),
    ]).toEqual([12, 12, null, null])
    expect(idFrom('65F0C0FFEE0000000000ABCD', true)).toBe('65f0c0ffee0000000000abcd')
    expect([idFrom('12', true), idFrom(12, true), idFrom('65f0c0ffee0000000000abc', true)]).toEqual(
      [null, null, null],
    )
  })
})

describe.runIf(testDatabaseKind() === 'mongodb')('on a MongoDB-wire server', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await initTestApp({ demoUsers: false })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('names what the server lacks, for tests gated on it', async () => {
    const server = mongoServerOf(t.payload.db)!
    const prefix = server.ferretdb ? `FerretDB ${server.ferretdb}` : 'this MongoDB server'
    expect(await lacking('lookup')).toBe(
      server.lookup ? null : `${prefix} lacks the $lookup aggregation stage`,
    )
  })

  it('adapts the adapter to the server and builds the registrations indexes', async () => {
    {
      const db = t.payload.db as unknown as {
        useJoinAggregations: boolean
        collections: Record<string, { collection: { indexes: () => Promise<unknown[]> } }>
      }
      const server = mongoServerOf(db)!
      expect(db.useJoinAggregations).toBe(server.lookup)
      const indexes = (await db.collections['training-registrations']!.collection.indexes()) as {
        key: Record<string, number>
        unique?: boolean
        partialFilterExpression?: unknown
      }[]
      const seat = indexes.find((i) => Object.keys(i.key).join() === 'training,seat')
      expect({ unique: seat?.unique, partial: seat?.partialFilterExpression ?? null }).toEqual({
        unique: true,
        partial: server.partialIndexes ? { seat: { $type: 'number' } } : null,
      })
    }
  })
})
