import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer, type ChildServer } from './support/child.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { realImage } from '../security/support/files.js'

const sqlite = !process.env.TEST_DATABASE_URL?.startsWith('postgres')

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

const profile = (name: string) => ({
  name,
  deviceKinds: ['tablet'],
  devicesPerPupil: 0.5,
  grouping: 'pairs',
  network: 'basic',
})

describe('concurrent writers', () => {
  it('20 at once through the API all succeed, with no SQLITE_BUSY', async () => {
    const editor = await t.as('editor')
    const before = (await t.payload.count({ collection: 'device-profiles' })).totalDocs
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.http
          .post('/api/device-profiles')
          .set(editor)
          .send(profile(`Writer ${i}`)),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    for (const r of results) expect(r.text).not.toContain('SQLITE_BUSY')
    expect((await t.payload.count({ collection: 'device-profiles' })).totalDocs).toBe(before + 20)
  })

  it('uploads and saves at once, while the uploads resize on the thread pool, all succeed', async () => {
    // An upload's transaction waits for sharp (libuv's thread pool), so other requests run in the
    // meantime. Without turns their BEGIN would block the event loop that the upload needs to
    // finish, and fail with SQLITE_BUSY once the busy timeout ran out (src/sqliteTurns.ts).
    const editor = await t.as('editor')
    const image = await realImage('jpeg', 1600, 1200)
    const before = (await t.payload.count({ collection: 'media' })).totalDocs
    const results = await Promise.all([
      ...Array.from({ length: 4 }, (_, i) =>
        t.http
          .post('/api/media')
          .set(editor)
          .field('_payload', JSON.stringify({ alt: `Parallel upload ${i}` }))
          .attach('file', image, { filename: `parallel-${i}.jpg`, contentType: 'image/jpeg' }),
      ),
      ...Array.from({ length: 8 }, (_, i) =>
        t.http
          .post('/api/device-profiles')
          .set(editor)
          .send(profile(`Beside the uploads ${i}`)),
      ),
    ])
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201))
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before + 4)
  })

  it(
    '20 writers split over two processes on one database file all succeed (SQLite)',
    { timeout: 240_000 },
    async () => {
      // Two processes are two SQLite connections: this is where locking, not a queue, decides.
      let other: ChildServer | undefined
      if (sqlite) {
        other = await startServer({
          NODE_ENV: 'test',
          DATABASE_URL: process.env.DATABASE_URL!,
          DATABASE_SCHEMA: 'push',
          DATA_DIR: `${t.dir}/data-2`,
          MEDIA_DIR: `${t.dir}/media`,
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
          LOG_LEVEL: 'silent',
          SEED: 'false',
        })
      }
      try {
        const token = await t.tokenFor('editor')
        const before = (await t.payload.count({ collection: 'device-profiles' })).totalDocs
        const writes = Array.from({ length: 20 }, async (_, i) => {
          const body = JSON.stringify(profile(`Two-process writer ${i}`))
          if (other && i % 2 === 1) {
            const res = await fetch(`${other.url}/api/device-profiles`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
              body,
            })
            return { status: res.status, text: await res.text() }
          }
          const res = await t.http
            .post('/api/device-profiles')
            .set({ Authorization: `JWT ${token}` })
            .set('content-type', 'application/json')
            .send(body)
          return { status: res.status, text: res.text }
        })
        const results = await Promise.all(writes)
        expect(results.filter((r) => r.status !== 201)).toEqual([])
        expect((await t.payload.count({ collection: 'device-profiles' })).totalDocs).toBe(
          before + 20,
        )
      } finally {
        await other?.stop()
      }
    },
  )
})
