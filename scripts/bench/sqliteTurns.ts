/**
 * `npm run bench:sqlite`: what transactions with write turns (src/sqliteTurns.ts) cost a SQLite
 * write, against the baseline of the same three statements without a transaction, on one libsql
 * client in WAL mode, as Payload's adapter opens it. Each save is an item, its version and its
 * outbox row. Sequential saves show the price per save (a transaction also opens the connection
 * libsql hands over); parallel saves show the turns queueing. BENCH_SAVES sets the count.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { takeTurnsToWrite, type LibsqlClient } from '../../src/sqliteTurns.js'

const SAVES = Number(process.env.BENCH_SAVES ?? 2_000)
const PARALLEL = 20
const dir = mkdtempSync(path.join(os.tmpdir(), 'learning-city-bench-sqlite-'))

const open = async (name: string) => {
  const client = createClient({ url: `file:${path.join(dir, name)}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('PRAGMA busy_timeout = 10000')
  for (const table of ['items', 'items_v', 'outbox'])
    await client.execute(`CREATE TABLE ${table} (id integer PRIMARY KEY, title text, at text)`)
  return client
}
type Client = Awaited<ReturnType<typeof open>>

const statements = (i: number) =>
  ['items', 'items_v', 'outbox'].map((table) => ({
    sql: `INSERT INTO ${table} (title, at) VALUES (?, ?)`,
    args: [`Save ${i}`, new Date().toISOString()],
  }))

/** The baseline: three autocommitted statements, as the adapter wrote them without transactions. */
const plain = async (client: Client, i: number) => {
  for (const statement of statements(i)) await client.execute(statement)
}
/** One transaction per save, as Payload's adapter opens it (BEGIN IMMEDIATE), taking its turn. */
const inTransaction = async (client: Client, i: number) => {
  const tx = await client.transaction('write')
  try {
    for (const statement of statements(i)) await tx.execute(statement)
    await tx.commit()
  } catch (err) {
    await tx.rollback()
    throw err
  }
}

const timed = async (work: () => Promise<void>) => {
  const started = performance.now()
  await work()
  return performance.now() - started
}
const sequential = (client: Client, save: typeof plain) =>
  timed(async () => {
    for (let i = 0; i < SAVES; i++) await save(client, i)
  })
const parallel = (client: Client, save: typeof plain) =>
  timed(async () => {
    let next = 0
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < SAVES) await save(client, next++)
      }),
    )
  })

const baseline = await open('plain.db')
const turns = await open('turns.db')
// The turns' own narrow view of a client (src/sqliteTurns.ts); the adapter's client is this one.
await takeTurnsToWrite(turns as unknown as LibsqlClient, 'turns.db', 10_000)

// One warm-up pass each, then the measured one.
await sequential(baseline, plain)
await sequential(turns, inTransaction)
const rows: [string, number, number][] = [
  ['sequential', await sequential(baseline, plain), await sequential(turns, inTransaction)],
  [
    `${PARALLEL} in parallel`,
    await parallel(baseline, plain),
    await parallel(turns, inTransaction),
  ],
]
baseline.close()
turns.close()
rmSync(dir, { recursive: true, force: true })

console.log(`\n${SAVES} saves (item, version, outbox row), ${os.cpus().length} CPUs`)
console.log('  how              no transaction   transaction + turns   ratio')
for (const [how, base, withTurns] of rows) {
  const perSave = (ms: number) => `${((ms / SAVES) * 1000).toFixed(0)} µs/save`
  console.log(
    `  ${how.padEnd(16)} ${perSave(base).padStart(14)}   ${perSave(withTurns).padStart(19)}   ${(withTurns / base).toFixed(2)}×`,
  )
}
console.log('  · the same statements; a transaction commits all three or none')
