/**
 * The production shape on one machine: app processes A and B (`src/server/index.ts`, each with the
 * Next build) and the search worker (`scripts/worker.ts`) as separate OS processes on one
 * PostgreSQL database. A load balancer may send any request to either app process, so whatever one
 * of them answers, the other must agree with at once.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { startSeaweedFs, type SeaweedFs } from '../helpers/seaweedfs.js'
import { realImage } from '../security/support/files.js'
import { waitFor } from '../faults/support/wait.js'
import { root, startApp, startWorker, type Proc } from './support/processes.js'

type App = Proc & { url: string }

let dir: string
let database: TestDatabase
let common: Record<string, string>
let a: App
let b: App
let worker: Proc
let weed: SeaweedFs
const running: Proc[] = []

const AUTH_RATE_LIMIT = 20
const EDITOR = { email: 'editor@example.org', password: 'learning-city-editor' }

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL?.startsWith('postgres')) {
    throw new Error(
      'npm run test:topology needs TEST_DATABASE_URL=postgres://… (a PostgreSQL server)',
    )
  }
  dir = mkdtempSync(path.join(tmpdir(), 'learning-city-topology-'))
  database = await createTestDatabase(dir)
  weed = await startSeaweedFs()
  common = {
    ...weed.env,
    NODE_ENV: 'development',
    DATABASE_URL: database.url,
    DATABASE_SCHEMA: 'migrate',
    PAYLOAD_SECRET: 'topology-secret-that-is-long-enough-0123456789',
    // Behind one load balancer every process names the site alike (OAI identifiers, links).
    SERVER_URL: 'http://learning-city.test',
    WEB_CONCURRENCY: '2',
    SEARCH_WORKER: 'false',
    // Small enough for the last test to spend across A and B; successful logins do not count.
    AUTH_RATE_LIMIT: String(AUTH_RATE_LIMIT),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    DISABLE_PAYLOAD_HMR: 'true',
  }
  // A migrates and seeds the empty database; B and the worker then start on what A made. Each
  // keeps its own DATA_DIR (the in-process index files are per process) and MEDIA_DIR (so that a
  // file B serves can only have come from the bucket).
  const own = (name: string) => ({
    DATA_DIR: path.join(dir, name, 'data'),
    MEDIA_DIR: path.join(dir, name, 'media'),
  })
  a = await startApp('A', { ...common, ...own('a'), SEED_ON_START: 'true' })
  running.push(a)
  b = await startApp('B', { ...common, ...own('b'), SEED_ON_START: 'false' })
  running.push(b)
  worker = await startWorker({ ...common, ...own('worker') })
  running.push(worker)
}, 900_000)

afterAll(async () => {
  for (const proc of running) await proc.stop('SIGKILL')
  await weed?.stop()
  await database?.drop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const login = async (url: string): Promise<string> => {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(EDITOR),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

const send = async (url: string, method: string, token: string, body: unknown) => {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const json = (await res.json()) as { doc: { id: number; slug: string; title: string } }
  return { status: res.status, doc: json.doc }
}

type Model = { id: number; title: string }

const readAnonymously = async (url: string) => {
  const res = await fetch(url)
  return { status: res.status, cache: res.headers.get('x-cache'), body: await res.json() }
}

describe('two app processes and a worker on one PostgreSQL database', () => {
  it('reads an edit made through A back through B at once, past B’s response cache', async () => {
    const token = await login(a.url)
    const created = await send(`${a.url}/api/pedagogical-models?locale=fi&depth=0`, 'POST', token, {
      title: 'Topologia ennen',
      summary: 'Kahden prosessin testi',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const read = `${b.url}/api/pedagogical-models/${created.doc.id}?locale=fi&depth=0`
    // B answers from its cache from the second read on.
    expect((await readAnonymously(read)).cache).toBe('miss')
    const cached = await readAnonymously(read)
    expect({ cache: cached.cache, title: (cached.body as Model).title }).toEqual({
      cache: 'hit',
      title: 'Topologia ennen',
    })

    const edited = await send(
      `${a.url}/api/pedagogical-models/${created.doc.id}?locale=fi&depth=0`,
      'PATCH',
      token,
      { title: 'Topologia jälkeen' },
    )
    expect(edited.status).toBe(200)
    // The very next read through B, with no waiting: the new title, not B's cached answer.
    const after = await readAnonymously(read)
    expect({
      status: after.status,
      cache: after.cache,
      title: (after.body as Model).title,
    }).toEqual({ status: 200, cache: 'miss', title: 'Topologia jälkeen' })
    // A list B had cached is refreshed the same way.
    const list = `${b.url}/api/pedagogical-models?locale=fi&depth=0&where[id][equals]=${created.doc.id}`
    await readAnonymously(list)
    expect((await readAnonymously(list)).cache).toBe('hit')
    await send(`${a.url}/api/pedagogical-models/${created.doc.id}?locale=fi`, 'PATCH', token, {
      title: 'Topologia kolmas',
    })
    const listed = await readAnonymously(list)
    expect((listed.body as { docs: Model[] }).docs.map((d) => d.title)).toEqual([
      'Topologia kolmas',
    ])
  })

  it('serves a publish made through A on B’s OAI-PMH, JSON-LD and portal page at once', async () => {
    const token = await login(a.url)
    const draft = await send(`${a.url}/api/pedagogical-models?locale=fi&depth=0`, 'POST', token, {
      title: 'Topologian julkaisu',
      summary: 'Julkaistaan A:n kautta',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const { id, slug } = draft.doc
    const identifier = `oai:learning-city.test:pedagogical-models/${id}`
    const oai = () =>
      fetch(`${b.url}/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifier}`).then(
        (res) => res.text(),
      )
    const jsonld = `${b.url}/api/pedagogical-models/${id}.jsonld?locale=fi`
    const page = `${b.url}/fi/models/${slug}`

    // A draft is nowhere public.
    expect(await oai()).toContain('<error code="idDoesNotExist">')
    expect((await fetch(jsonld)).status).toBe(404)
    expect((await fetch(page)).status).toBe(404)

    const published = await send(
      `${a.url}/api/pedagogical-models/${id}?locale=fi&depth=0`,
      'PATCH',
      token,
      { _status: 'published' },
    )
    expect(published.status).toBe(200)

    const record = await oai()
    expect(record).not.toContain('<error')
    expect(record).toContain(`<identifier>${identifier}</identifier>`)
    expect(record).toContain('<dc:title xml:lang="fi">Topologian julkaisu</dc:title>')
    const ld = await fetch(jsonld)
    expect(ld.status).toBe(200)
    expect(((await ld.json()) as { name: string }).name).toBe('Topologian julkaisu')
    const html = await fetch(page)
    expect(html.status).toBe(200)
    expect(await html.text()).toContain('Topologian julkaisu')
  })

  it('accepts on B a login made on A, and refuses it on B once logged out on A', async () => {
    const token = await login(a.url)
    const me = async () => {
      const res = await fetch(`${b.url}/api/users/me`, {
        headers: { authorization: `JWT ${token}` },
      })
      expect(res.status).toBe(200)
      return ((await res.json()) as { user: { email: string } | null }).user?.email ?? null
    }
    expect(await me()).toBe(EDITOR.email)
    const logout = await fetch(`${a.url}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
    })
    expect(logout.status).toBe(200)
    expect(await me()).toBe(null)
    // And a write with the dead token is refused by B.
    const refused = await fetch(`${b.url}/api/pedagogical-models?locale=fi`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'Ei saa syntyä', summary: 'x', _status: 'published' }),
    })
    expect(refused.status).toBe(403)
  })

  it('serves through B a file uploaded through A, with its image sizes, from the bucket', async () => {
    const token = await login(a.url)
    const image = await realImage('png', 800, 600)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Topologiakuva' }))
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'topologia.png')
    const res = await fetch(`${a.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as {
      doc: { filename: string; sizes: Record<string, { filename: string | null }> }
    }
    expect(doc.filename).toBe('topologia.png')
    expect(await weed.keys()).toEqual(
      expect.arrayContaining([
        'topologia.png',
        doc.sizes.thumbnail!.filename!,
        doc.sizes.card!.filename!,
      ]),
    )
    const original = await fetch(`${b.url}/api/media/file/topologia.png`)
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await original.arrayBuffer()).equals(image)).toBe(true)
    const thumbnail = await fetch(`${b.url}/api/media/file/${doc.sizes.thumbnail!.filename}`)
    expect({ status: thumbnail.status, type: thumbnail.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'image/webp',
    })
  })

  it('loses no index update when the worker is killed mid-batch and a new one runs', async () => {
    const token = await login(a.url)
    const pending = async () => {
      const res = await fetch(`${a.url}/api/search-outbox?limit=0&depth=0`, {
        headers: { authorization: `JWT ${token}` },
      })
      return ((await res.json()) as { totalDocs: number }).totalDocs
    }
    // Rows pile up while no worker runs, so that the next one has a batch to be killed in.
    expect(await worker.stop('SIGTERM')).toEqual({ code: 0, signal: null })
    const TOTAL = 60
    for (let i = 0; i < TOTAL; i++) {
      const res = await send(`${a.url}/api/pedagogical-models?locale=fi&depth=0`, 'POST', token, {
        title: `Työjonotesti ${i} tappokirahvi`,
        summary: `Erä ${i}`,
        _status: 'published',
      })
      expect(res.status).toBe(201)
    }
    const before = await pending()
    expect(before).toBeGreaterThanOrEqual(TOTAL)

    const workerEnv = {
      ...common,
      DATA_DIR: path.join(dir, 'worker', 'data'),
      MEDIA_DIR: path.join(dir, 'worker', 'media'),
    }
    const doomed = await startWorker(workerEnv)
    running.push(doomed)
    // Killed as soon as it has done some of the batch and not all of it.
    const left = await waitFor(
      'the worker to be part-way through the batch',
      pending,
      (n) => n < before,
      { everyMs: 10 },
    )
    expect(await doomed.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' })
    expect(left).toBeGreaterThan(0)

    // A new worker takes what is left (the killed one's claim runs out first) and drains it.
    const successor = await startWorker(workerEnv)
    running.push(successor)
    await waitFor('the outbox to drain', pending, (n) => n === 0, { timeoutMs: 180_000 })
    expect(await successor.stop('SIGTERM')).toEqual({ code: 0, signal: null })

    // The worker's index, as it left it on disk, holds every published item in every locale.
    const check = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/search-check.ts'],
      { cwd: root, env: { ...process.env, ...workerEnv } },
    )
      .then((r) => ({ code: 0, out: r.stdout + r.stderr }))
      .catch((err: { code: number; stdout: string; stderr: string }) => ({
        code: err.code,
        out: err.stdout + err.stderr,
      }))
    const documents = /^database: (\d+) documents/m.exec(check.out)?.[1]
    expect(check.out.trim().split('\n')).toEqual([
      'engine: orama',
      `database: ${documents} documents (published items × locales); index: ${documents}`,
      'in the database but not in the index: 0',
      'in the index but not published in the database: 0',
      'outbox: 0 pending (oldest 0 s), 0 failing',
      "engine settings that differ from the adapter's: 0",
      'OK: no drift',
    ])
    expect(check.code).toBe(0)
  })

  // Last: it spends the address's sign-in budget, after which no login is let through.
  it('spends one sign-in budget per address across A and B, not one per process', async () => {
    const fail = (url: string, i: number) =>
      fetch(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `nobody${i}@example.org`, password: 'wrong-password' }),
      }).then((res) => res.status)
    const statuses: number[] = []
    for (let i = 0; i < AUTH_RATE_LIMIT; i++) statuses.push(await fail(i % 2 ? b.url : a.url, i))
    expect(statuses).toEqual(Array(AUTH_RATE_LIMIT).fill(401))
    // Each process has seen only half of them, and both now refuse.
    expect(await fail(a.url, AUTH_RATE_LIMIT)).toBe(429)
    expect(await fail(b.url, AUTH_RATE_LIMIT + 1)).toBe(429)
  })
})
