/**
 * Meilisearch that cannot be reached, without any Meilisearch: a closed port, and a hung peer (a
 * TCP socket that accepts and never answers, which is not a Meilisearch and is not presented as
 * one). /api/search answers 503 instead of hanging, and `npm run test:meilisearch` refuses to run
 * with one clear line.
 */
import { execFile } from 'node:child_process'
import net, { type AddressInfo } from 'node:net'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MeilisearchEngine } from '../../src/search/meilisearch/engine.js'
import { engineFor, setEngine } from '../../src/search/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
let hung: net.Server
let hungUrl: string
let closedUrl: string
const sockets = new Set<net.Socket>()

beforeAll(async () => {
  hung = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve))
  hungUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`
  // A port that was just free and is closed again: connections are refused.
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  closedUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  t = await initTestApp()
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise<void>((resolve) => hung.close(() => resolve()))
  await t?.close()
})

const meiliAt = (host: string) =>
  new MeilisearchEngine({
    host,
    indexPrefix: 'lc-unreachable',
    requestTimeoutMs: 300,
    taskTimeoutMs: 1000,
  })

describe('a Meilisearch that does not answer', () => {
  it('gives /api/search a 503 with Retry-After when the server hangs (the request times out)', async () => {
    const orama = engineFor(t.payload)
    setEngine(t.payload, meiliAt(hungUrl))
    try {
      const res = await t.http.get('/api/search?q=museo')
      expect(res.status).toBe(503)
      expect(res.headers['retry-after']).toBe('30')
      expect(res.body).toEqual({
        errors: [{ message: 'Search is unavailable right now. Try again in a moment.' }],
      })
      // The hung peer did receive the search request: the timeout, not a refusal, ended it.
      expect(sockets.size).toBeGreaterThanOrEqual(1)
    } finally {
      setEngine(t.payload, orama)
    }
  })

  it('gives a 503 when the connection is refused, and search works again once the engine is back', async () => {
    const orama = engineFor(t.payload)
    setEngine(t.payload, meiliAt(closedUrl))
    try {
      expect((await t.http.get('/api/search?q=museo')).status).toBe(503)
    } finally {
      setEngine(t.payload, orama)
    }
    expect((await t.http.get('/api/search?q=museo')).status).toBe(200)
  })
})

describe('npm run test:meilisearch without a server', () => {
  type Outcome = { code: number | null; stdout: string; stderr: string }
  const run = async (env: Record<string, string | undefined>): Promise<Outcome> => {
    const { MEILISEARCH_HOST: _h, MEILISEARCH_API_KEY: _k, ...rest } = process.env
    return promisify(execFile)('npx', ['tsx', 'scripts/test-meilisearch.ts'], {
      env: { ...rest, ...env },
      cwd: process.cwd(),
    })
      .then((r): Outcome => ({ code: 0, stdout: r.stdout, stderr: r.stderr }))
      .catch((err: Outcome): Outcome => ({
        code: err.code,
        stdout: err.stdout,
        stderr: err.stderr,
      }))
  }

  it('fails with one line when MEILISEARCH_HOST is unset', async () => {
    expect(await run({})).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'test:meilisearch: MEILISEARCH_HOST is not set: point it at a running Meilisearch 1.x (e.g. MEILISEARCH_HOST=http://127.0.0.1:7700)\n',
    })
  }, 60_000)

  it('fails with one line naming the host and the reason when it is unreachable or hangs', async () => {
    expect(await run({ MEILISEARCH_HOST: closedUrl })).toEqual({
      code: 1,
      stdout: '',
      stderr: `test:meilisearch: Meilisearch at ${closedUrl} is unreachable: Request to ${closedUrl}/health has failed (ECONNREFUSED)\n`,
    })
    expect(await run({ MEILISEARCH_HOST: hungUrl })).toEqual({
      code: 1,
      stdout: '',
      stderr: `test:meilisearch: Meilisearch at ${hungUrl} is unreachable: Request to ${hungUrl}/health has failed (request timed out after 3000ms)\n`,
    })
  }, 60_000)
})
