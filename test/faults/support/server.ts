/**
 * The application server as src/server/index.ts runs it (createApp, search started, listen),
 * without the Next front ends, which these tests do not need and which would have to be built.
 * Prints `READY <port>` once it listens. Run with tsx in a child process.
 * SEED=true seeds demo users and examples first; SEED_PLACES=false leaves out the ~400 places.
 * ANNOUNCE=true also prints `SYNCED <n>` whenever the search worker deletes n outbox rows (it then
 * considers their updates done), and `RECEIVED <method> <url>` as each request arrives, so that a
 * test can act at those moments (test/faults/killMidSync.test.ts).
 * KILL_AFTER_WRITE_OF=<marker> kills the process with SIGKILL the moment the database adapter has
 * created a document containing the marker, before any `after` hook runs
 * (test/faults/killBeforeOutbox.test.ts).
 * KILL_AFTER_WRITES=<n> kills it with SIGKILL the moment the adapter has made its n-th write (any
 * create, update, delete or version write, whether or not its transaction has committed)
 * (test/faults/killMidWrite.test.ts).
 */
import type { AddressInfo } from 'node:net'

import { ensureIndex } from '../../../src/search/index.js'
import { seed } from '../../../src/seed/index.js'
import { createApp } from '../../../src/server/app.js'

/** The adapter methods that write (Payload's BaseDatabaseAdapter). */
const WRITES = [
  'create',
  'createVersion',
  'createGlobal',
  'createGlobalVersion',
  'updateOne',
  'updateMany',
  'updateVersion',
  'updateGlobal',
  'updateGlobalVersion',
  'upsert',
  'deleteOne',
  'deleteMany',
  'deleteVersions',
] as const

const { app, payload } = await createApp()
const announce = process.env.ANNOUNCE === 'true'
if (announce) {
  const remove = payload.delete.bind(payload)
  payload.delete = (async (options: Parameters<typeof remove>[0]) => {
    const result = await remove(options)
    if (options.collection === 'search-outbox') {
      console.log(`SYNCED ${'docs' in result ? result.docs.length : 1}`)
    }
    return result
  }) as typeof payload.delete
}
const killMarker = process.env.KILL_AFTER_WRITE_OF
if (killMarker) {
  const create = payload.db.create.bind(payload.db)
  payload.db.create = async (args) => {
    const result = await create(args)
    if (JSON.stringify(args.data).includes(killMarker)) process.kill(process.pid, 'SIGKILL')
    return result
  }
}
const killAfterWrites = Number(process.env.KILL_AFTER_WRITES ?? 0)
if (killAfterWrites > 0) {
  let writes = 0
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  for (const method of WRITES) {
    const write = db[method]!.bind(db)
    db[method] = async (...args) => {
      const result = await write(...args)
      if (++writes === killAfterWrites) process.kill(process.pid, 'SIGKILL')
      return result
    }
  }
}
if (process.env.SEED === 'true') {
  await seed(payload, {
    demoUsers: true,
    places: process.env.SEED_PLACES !== 'false',
    log: () => {},
  })
}
await ensureIndex(payload)
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`READY ${(server.address() as AddressInfo).port}`)
})
if (announce)
  server.prependListener('request', (req) => console.log(`RECEIVED ${req.method} ${req.url}`))
process.on('SIGTERM', () => {
  server.close(async () => {
    await payload.destroy()
    process.exit(0)
  })
  server.closeIdleConnections()
})
