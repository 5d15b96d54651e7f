/**
 * The server is killed with SIGKILL while 100 items are being published and synced to search.
 * After a restart, every publish that was acknowledged is in the database as published and
 * searchable, nothing is half-written, the outbox drains and the drift check finds nothing.
 */
import { once } from 'node:events'

import { describe, expect, it } from 'vitest'

import { expectNoDrift, get, login, outboxPending } from './support/api.js'
import { startServer, type ChildServer } from './support/child.js'
import { childEnvironment } from './support/environment.js'
import { waitFor } from './support/wait.js'

const TOTAL = 100
/** Publishes acknowledged before the kill, at least. */
const KILL_AFTER = 40
/** A made-up word only these items contain, so that one search finds exactly them. */
const MARKER = 'kaatumiskirahvi'
const titleOf = (i: number) => `Kaatumistesti ${i} ${MARKER}`
const numberOf = (title: string) => Number(/^Kaatumistesti (\d+) /.exec(title)![1])

let server: ChildServer | undefined
const env = childEnvironment('kill', () => server, { AUTH_RATE_LIMIT: '1000' })

const publish = (url: string, token: string, i: number) =>
  fetch(`${url}/api/pedagogical-models?locale=fi&depth=0`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title: titleOf(i), summary: `Tiivistelmä ${i}`, _status: 'published' }),
  })

type Item = { id: number | string; title: string; _status: 'draft' | 'published' }

/** Every item carrying the marker, drafts included, as the editor sees them. */
const markedItems = async (url: string, token: string): Promise<Item[]> => {
  const query = `where[title][contains]=${MARKER}&draft=true&locale=fi&depth=0&limit=1000&sort=createdAt`
  return (await get<{ docs: Item[] }>(`${url}/api/pedagogical-models?${query}`, token)).docs
}

/** The item ids /api/search finds for the marker (at most TOTAL of them, on one page). */
const searchable = async (url: string, locale: string): Promise<string[]> => {
  const res = await fetch(`${url}/api/search?q=${MARKER}&locale=${locale}&limit=100`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as { total: number; hits: { id: string }[] }
  expect(body.hits).toHaveLength(body.total)
  return body.hits.map((h) => String(h.id)).sort()
}

/** Runs task(0 … total-1) with at most `concurrency` in flight; results in index order. */
const pool = async <T>(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> => {
  const results: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++
        results[i] = await task(i)
      }
    }),
  )
  return results
}

const ids = (items: Item[]) => items.map((item) => String(item.id)).sort()

describe('a server killed mid-sync', () => {
  it(
    'loses no acknowledged publish, and everything published is searchable after a restart',
    { timeout: 600_000 },
    async () => {
      server = await startServer({ ...env, SEED: 'true', SEED_PLACES: 'false', ANNOUNCE: 'true' })
      const token = await login(server.url)

      // 1. KILL_AFTER publishes, two at a time, all acknowledged; the worker syncs behind them.
      const killed = server
      const acknowledged = new Set<number>()
      const lost = new Set<number>()
      const statuses = await pool(KILL_AFTER, 2, async (i) => {
        const res = await publish(killed.url, token, i)
        await res.arrayBuffer()
        if (res.status === 201) acknowledged.add(i)
        return res.status
      })
      expect(statuses).toEqual(Array(KILL_AFTER).fill(201))

      // 2. Wait for the worker to report outbox rows done: whatever it synced is in the engine now
      //    and must survive what comes next. (Should it have caught up already, one more publish
      //    gives it something to do.)
      let next = KILL_AFTER
      for (;;) {
        const synced = killed.nextLine(/^SYNCED [1-9]/)
        if ((await outboxPending(killed.url, token)) > 0) {
          await synced
          break
        }
        const res = await publish(killed.url, token, next)
        await res.arrayBuffer()
        expect(res.status).toBe(201)
        acknowledged.add(next++)
      }

      // 3. Right away, the next publish goes out, and SIGKILL follows the moment the server has it.
      const exited = once(killed.child, 'exit')
      const received = killed.nextLine(/^RECEIVED POST \/api\/pedagogical-models/)
      // Its outcome is taken at once: the kill rejects it while the test is still awaiting the exit,
      // and a rejection nobody handles yet would fail the run.
      const inFlight = publish(killed.url, token, next).then(
        (res) => res.status,
        () => 'connection lost' as const,
      )
      await received
      killed.child.kill('SIGKILL')
      await exited
      expect(killed.child.signalCode).toBe('SIGKILL')
      const cutOff = next
      expect(await inFlight).toBe('connection lost')
      lost.add(cutOff)

      // 4. The rest of the 100 find nobody listening.
      for (let i = next + 1; i < TOTAL; i++) {
        await publish(killed.url, token, i).then(
          (res) => expect.unreachable(`the killed server answered ${res.status}`),
          () => lost.add(i),
        )
      }
      expect(acknowledged.size).toBe(next)
      expect(lost.size).toBe(TOTAL - next)

      // Restart on the same database and data folder: the in-process index is restored from disk,
      // and rows the killed worker had claimed are taken again once their claim runs out.
      server = await startServer({ ...env, SEED: 'false' })
      const url = server.url

      const survived = await markedItems(url, token)
      const numbers = survived.map((item) => numberOf(item.title))
      // Each item at most once, none left half-written as a draft, every acknowledged one there.
      expect(new Set(numbers).size).toBe(numbers.length)
      expect(survived.filter((item) => item._status !== 'published')).toEqual([])
      expect([...acknowledged].filter((i) => !numbers.includes(i))).toEqual([])
      // Requests cut off with the connection may have committed or not; nothing else appeared.
      expect(numbers.filter((i) => !acknowledged.has(i) && !lost.has(i))).toEqual([])

      // The restarted worker drains what the killed one left, and every survivor is searchable.
      await waitFor(
        'the outbox to drain after the restart',
        () => outboxPending(url, token),
        (n) => n === 0,
      )
      expect(await searchable(url, 'fi')).toEqual(ids(survived))

      // Publish again what never made it, on the restarted server: then all 100 are there.
      for (const i of [...lost].filter((i) => !numbers.includes(i))) {
        const res = await publish(url, token, i)
        expect(res.status).toBe(201)
        await res.arrayBuffer()
      }
      const all = await markedItems(url, token)
      expect(all.map((item) => numberOf(item.title)).sort((a, b) => a - b)).toEqual(
        Array.from({ length: TOTAL }, (_, i) => i),
      )
      expect(all.filter((item) => item._status !== 'published')).toEqual([])
      await waitFor(
        'the outbox to drain',
        () => outboxPending(url, token),
        (n) => n === 0,
      )
      for (const locale of ['fi', 'sv', 'en'])
        expect(await searchable(url, locale)).toEqual(ids(all))

      // A clean stop persists the index; search:check then reads it from disk and finds no drift.
      await server.stop('SIGTERM')
      await expectNoDrift(env)
    },
  )
})
