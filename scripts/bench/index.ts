/**
 * `npm run bench`: one run of every hardening benchmark on this machine, each printed as a table
 * of figures and ratios. Uses a fresh temporary SQLite database; never run in CI.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import express from 'express'
import sharp from 'sharp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'learning-city-bench-'))
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATABASE_URL: `file:${dir}/bench.db`,
  DATABASE_SCHEMA: 'push',
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'benchmark-secret-that-is-long-enough-123',
  LOG_LEVEL: 'silent',
  AUTH_RATE_LIMIT: '100000',
})

const { createApp } = await import('../../src/server/app.js')
const { seed } = await import('../../src/seed/index.js')
const { engineFor, reindexAll } = await import('../../src/search/index.js')

const table = (title: string, rows: [string, string | number][]) => {
  console.log(`\n${title}`)
  const width = Math.max(...rows.map(([k]) => k.length))
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`)
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const listen = (app: express.Express) =>
  new Promise<{ url: string; close: () => void }>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    )
  })

/** Requests per second from `concurrency` loops hitting `url` for `seconds`. */
const throughput = async (url: string, seconds = 5, concurrency = 10): Promise<number> => {
  const until = performance.now() + seconds * 1000
  let done = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const res = await fetch(url)
        await res.arrayBuffer()
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
        done++
      }
    }),
  )
  return done / seconds
}

console.log(`Learning City benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${mb(os.totalmem())} RAM, Node ${process.version}, SQLite`)

const startedSetup = performance.now()
const { app, payload } = await createApp()
await seed(payload, { demoUsers: true, log: () => {} })
await reindexAll(payload)
const server = await listen(app)
console.log(`(setup: seeded in ${((performance.now() - startedSetup) / 1000).toFixed(1)} s)`)

// REST against a bare Express JSON route serving the same body, same process.
{
  const restUrl = `${server.url}/api/pedagogical-models?limit=20&depth=1`
  const body = await (await fetch(restUrl)).json()
  const bare = express()
  bare.get('/bare', (_req, res) => res.json(body))
  const bareServer = await listen(bare)
  await throughput(restUrl, 1)
  await throughput(`${bareServer.url}/bare`, 1)
  const rest = await throughput(restUrl)
  const plain = await throughput(`${bareServer.url}/bare`)
  bareServer.close()
  table('REST throughput (10 concurrent, 5 s each)', [
    ['GET /api/pedagogical-models?limit=20&depth=1', `${rest.toFixed(0)} req/s`],
    ['bare Express 5 JSON route, same body', `${plain.toFixed(0)} req/s`],
    ['ratio (target ≥ 0.25)', (rest / plain).toFixed(2)],
  ])
}

// Database queries per list request.
{
  const client = (payload.db as unknown as { client: Record<string, (...a: unknown[]) => unknown> }).client
  let queries = 0
  for (const method of ['execute', 'batch', 'executeMultiple']) {
    const original = client[method]!.bind(client)
    client[method] = (...args: unknown[]) => {
      queries++
      return original(...args)
    }
  }
  const count = async (url: string) => {
    queries = 0
    const res = await fetch(`${server.url}${url}`)
    const json = (await res.json()) as { docs: unknown[] }
    return { queries, docs: json.docs.length }
  }
  const rows: [string, string][] = []
  for (const collection of ['pedagogical-models', 'learning-environments', 'schools']) {
    for (const limit of [10, 100]) {
      const r = await count(`/api/${collection}?limit=${limit}&depth=1`)
      rows.push([`${collection} limit=${limit} depth=1`, `${r.queries} queries for ${r.docs} docs`])
    }
  }
  table('Database queries per list request (no N+1: equal at 10 and 100)', rows)
}

// A 12-megapixel JPEG through POST /api/media against sharp alone making the same sizes.
{
  const photo = await sharp({
    create: { width: 4000, height: 3000, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
  const token = (
    (await (
      await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'expert@example.org', password: 'learning-city-expert' }),
      })
    ).json()) as { token: string }
  ).token
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 10)
  const uploads: number[] = []
  for (let i = 0; i < 3; i++) {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: `Bench ${i}` }))
    form.append('file', new Blob([photo], { type: 'image/jpeg' }), `bench-${i}.jpg`)
    const started = performance.now()
    const res = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    await res.arrayBuffer()
    if (res.status !== 201) throw new Error(`upload: ${res.status}`)
    uploads.push(performance.now() - started)
  }
  clearInterval(sampler)
  const bareTimes: number[] = []
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    await sharp(photo).rotate().metadata()
    await Promise.all(
      [
        [400, 300],
        [768, 512],
        [1600, 900],
      ].map(([width, height]) =>
        sharp(photo).rotate().resize({ width, height, withoutEnlargement: width === 1600 }).webp({ quality: 80 }).toBuffer(),
      ),
    )
    bareTimes.push(performance.now() - started)
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const api = median(uploads)
  const bare = median(bareTimes)
  table(`12-MP JPEG upload (${mb(photo.length)} file, 3 sizes, median of 3)`, [
    ['POST /api/media', `${api.toFixed(0)} ms`],
    ['sharp alone, same sizes', `${bare.toFixed(0)} ms`],
    ['ratio sharp/API (target ≥ 0.8)', (bare / api).toFixed(2)],
    ['peak RSS during uploads', mb(peak)],
  ])
}

// Server memory with 10 000 documents in the in-process index.
{
  const engine = engineFor(payload)
  const ids = await engine.ids()
  const sample = (await engine.search({ locale: 'fi', q: '', filters: [], sort: 'newest', offset: 0, limit: 50 })).hits.map((h) => h.doc)
  const target = 10_000
  const batch = []
  for (let i = ids.length; i < target; i++) {
    const base = sample[i % sample.length]!
    batch.push({ ...base, id: `bench:${i}:fi`, itemId: `bench-${i}`, title: `${base.title} ${i}`, text: `${base.text} ${i}` })
    if (batch.length === 500) await engine.upsert(batch.splice(0))
  }
  if (batch.length) await engine.upsert(batch)
  const stats = await engine.stats()
  ;(globalThis as { gc?: () => void }).gc?.()
  table('Memory with the index filled', [
    ['documents in the index', stats.documents],
    ['server RSS (target ≤ 600 MB)', mb(process.memoryUsage().rss)],
    ['heap used', mb(process.memoryUsage().heapUsed)],
  ])
}

server.close()
await payload.destroy()

// Start-up: a new process on the seeded database until /api/health answers 200.
{
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/faults/support/server.ts')], {
    cwd: root,
    env: { ...process.env, SEED: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /READY (\d+)/.exec(chunk.toString())
      if (match) resolve(`http://127.0.0.1:${match[1]}`)
    })
  })
  let health = 0
  while (health !== 200) health = (await fetch(`${url}/api/health`)).status
  const ms = performance.now() - started
  child.kill('SIGTERM')
  table('Start-up on the seeded SQLite database (API server, without Next)', [
    ['process start to /api/health 200', `${ms.toFixed(0)} ms`],
  ])
}

rmSync(dir, { recursive: true, force: true })
process.exit(0)
