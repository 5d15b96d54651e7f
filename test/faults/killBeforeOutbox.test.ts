/**
 * The server is killed with SIGKILL after the database has the new item and before its outbox
 * row is written (Payload's MongoDB adapter has no transaction without a replica set, so nothing
 * rolls the item back). After a restart the item must still reach the search index.
 */
import { once } from 'node:events'

import { describe, expect, it } from 'vitest'

import { testDatabaseKind } from '../helpers/database.js'
import { get, login } from './support/api.js'
import { startServer, type ChildServer } from './support/child.js'
import { childEnvironment } from './support/environment.js'
import { waitFor } from './support/wait.js'

const MARKER = 'kaatumiskameleontti'

let server: ChildServer | undefined
const env = childEnvironment('kill-outbox', () => server)

// MongoDB only: on SQLite and PostgreSQL the item's transaction dies with the process
// (test/faults/killMidWrite.test.ts).
describe.runIf(testDatabaseKind() === 'mongodb')(
  'a server killed between an item and its outbox row',
  () => {
    it('still indexes the item once a restarted worker runs', { timeout: 300_000 }, async () => {
      const killed = await startServer({
        ...env,
        SEED: 'true',
        SEED_PLACES: 'false',
        KILL_AFTER_WRITE_OF: MARKER,
      })
      const token = await login(killed.url)
      const exited = once(killed.child, 'exit')
      const outcome = await fetch(`${killed.url}/api/pedagogical-models?locale=fi&depth=0`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: `Kaatuminen ${MARKER}`,
          summary: 'Tiivistelmä',
          _status: 'published',
        }),
      }).then(
        (res) => res.status,
        () => 'connection lost' as const,
      )
      await exited
      expect({ outcome, signal: killed.child.signalCode }).toEqual({
        outcome: 'connection lost',
        signal: 'SIGKILL',
      })

      server = await startServer({ ...env, SEED: 'false' })
      const query = `where[title][contains]=${MARKER}&locale=fi&depth=0`
      const { docs } = await get<{ docs: { id: string | number; _status: string }[] }>(
        `${server.url}/api/pedagogical-models?${query}`,
        token,
      )
      // Without a transaction the item outlives the kill.
      expect(docs.map((d) => d._status)).toEqual(['published'])
      // The row written before the item is claimed by the killed process until its claim runs out.
      const found = await waitFor(
        'the item in the search index',
        async () =>
          (await get<{ hits: { id: string }[] }>(`${server!.url}/api/search?q=${MARKER}&locale=fi`))
            .hits,
        (hits) => hits.length === docs.length,
        { timeoutMs: 150_000, everyMs: 500 },
      )
      expect(found.map((h) => String(h.id))).toEqual(docs.map((d) => String(d.id)))
      await waitFor(
        'the outbox to drain',
        async () =>
          (await get<{ totalDocs: number }>(`${server!.url}/api/search-outbox?limit=1`, token))
            .totalDocs,
        (n) => n === 0,
      )
    })
  },
)
