/**
 * `npm run bench`: one run of every hardening benchmark on this machine, each printed as a table
 * of figures and ratios. The server runs in a process of its own (scripts/bench/server.ts: the API
 * without Next, as in production: NODE_ENV=production, committed migrations, info-level JSON logs
 * to a pipe) on a fresh SQLite database in a temporary folder; this process is the client and runs
 * the baselines. Never run in CI. BENCH_ROUNDS, BENCH_UPLOADS and BENCH_DOCUMENTS shorten or
 * lengthen it; BENCH_ONLY (a comma list of rest, queries, upload, startup, memory) runs only those.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

import { bareUpload } from './sharpBaseline.js'
import { newSecretMultibase } from '../../src/credentials/multikey.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6)
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 7)
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 10_000)
const REST_PATH = '/api/pedagogical-models?limit=20&depth=1'
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean)
const runs = (block: 'rest' | 'queries' | 'upload' | 'startup' | 'memory') =>
  ONLY.length === 0 || ONLY.includes(block)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'learning-city-bench-'))
const serverEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: `file:${dir}/bench.db`,
  DATABASE_SCHEMA: 'migrate',
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'benchmark-secret-that-is-long-enough-123',
  CREDENTIAL_SIGNING_KEY: newSecretMultibase(),
  LOG_LEVEL: 'info',
  AUTH_RATE_LIMIT: '100000',
  BENCH_REST_PATH: REST_PATH,
}
// collections/Media.ts reads the environment when it is imported.
Object.assign(process.env, serverEnv)
const { Media } = await import('../../collections/Media.js')

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const ms = (n: number) => `${Math.round(n)} ms`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const table = (title: string, rows: [string, string | number][], notes: string[] = []) => {
  console.log(`\n${title}`)
  const width = Math.max(...rows.map(([k]) => k.length))
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`)
  for (const note of notes) console.log(`  · ${note}`)
}
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

/** Every server started, so that none outlives this process, whatever way it ends. */
const children = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})
process.on('SIGINT', () => process.exit(130))

type Server = {
  child: ChildProcess
  url: string
  bareUrl: string
  /** Milliseconds from spawning the process to its READY line. */
  readyMs: number
  ask: <T>(command: Record<string, unknown>) => Promise<T>
  stop: () => Promise<void>
}

/** Starts scripts/bench/server.ts; resolves once it listens. Its JSON log lines are read and dropped. */
const startServer = async (env: Record<string, string> = {}): Promise<Server> => {
  const started = performance.now()
  const child = fork(path.join(root, 'scripts/bench/server.ts'), {
    cwd: root,
    env: { ...process.env, ...serverEnv, ...env } as NodeJS.ProcessEnv,
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  let buffer = ''
  const ports = await new Promise<[string, string]>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        const match = /^READY (\d+) (\d+)$/.exec(line)
        if (match) resolve([match[1]!, match[2]!])
      }
    })
    child.once('exit', (code) =>
      reject(new Error(`bench server exited (${code}) before it was ready`)),
    )
  })
  const readyMs = performance.now() - started
  let next = 0
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>()
  child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
    const waiter = waiting.get(message.id)
    waiting.delete(message.id)
    if (message.error) waiter?.reject(new Error(message.error))
    else waiter?.resolve(message.result as never)
  })
  return {
    child,
    url: `http://127.0.0.1:${ports[0]}`,
    bareUrl: `http://127.0.0.1:${ports[1]}`,
    readyMs,
    ask: <T>(command: Record<string, unknown>) =>
      new Promise<T>((resolve, reject) => {
        const id = next++
        waiting.set(id, { resolve: resolve as (v: never) => void, reject })
        child.send({ id, ...command })
      }),
    stop: async () => {
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Past the anonymous response cache (src/server/responseCache.ts): Payload and the database. */
const FRESH = { 'cache-control': 'no-cache' }

/** Requests per second from `concurrency` loops on `url` for `seconds`. */
const throughput = async (
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  concurrency = 10,
): Promise<number> => {
  const until = performance.now() + seconds * 1000
  let done = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const res = await fetch(url, { headers })
        await res.arrayBuffer()
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
        done++
      }
    }),
  )
  return done / seconds
}

console.log(
  `Learning City benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ` +
    `${mb(os.totalmem())} RAM, Node ${process.version}, SQLite; load average at start ${load()}`,
)

const setupStarted = performance.now()
const server = await startServer({ SEED: 'true' })
console.log(
  `(setup: migrated and seeded with the Helsinki places in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s)`,
)

// REST against the bare route, in alternating rounds so that a change in the machine's load hits
// both alike; the ratio is the median of the rounds' ratios.
if (runs('rest')) {
  const rest = `${server.url}${REST_PATH}`
  const bare = `${server.bareUrl}/bare`
  const restBody = await (await fetch(rest)).text()
  const bareBody = await (await fetch(bare)).text()
  if (restBody !== bareBody) throw new Error('the bare route does not answer the REST body')
  await throughput(rest, 2)
  await throughput(rest, 2, FRESH)
  await throughput(bare, 2)
  const rounds: { cached: number; fresh: number; bare: number; depth0: number; floor: number }[] =
    []
  for (let i = 0; i < ROUNDS; i++) {
    rounds.push({
      cached: await throughput(rest, 2),
      fresh: await throughput(rest, 2, FRESH),
      bare: await throughput(bare, 2),
      depth0: await throughput(rest.replace('depth=1', 'depth=0'), 2, FRESH),
      floor: await throughput(
        `${server.url}/api/pedagogical-models/count?where[id][equals]=0`,
        2,
        FRESH,
      ),
    })
  }
  const rate = (pick: (r: (typeof rounds)[number]) => number) =>
    `${median(rounds.map(pick)).toFixed(1)} req/s`
  const ratio = (pick: (r: (typeof rounds)[number]) => number) =>
    median(rounds.map((r) => pick(r) / r.bare)).toFixed(3)
  table(
    `REST throughput (10 concurrent clients, ${ROUNDS} alternating rounds of 2 s, medians)`,
    [
      [`GET ${REST_PATH} (anonymous, as harvesters ask)`, rate((r) => r.cached)],
      [
        'the same with Cache-Control: no-cache (Payload and the database each time)',
        rate((r) => r.fresh),
      ],
      ['the same list with depth=0 (no population), no-cache', rate((r) => r.depth0)],
      ['GET …/count matching nothing (the stack and one query), no-cache', rate((r) => r.floor)],
      ['bare Express 5 route, same process, same body', rate((r) => r.bare)],
      ['ratio REST / bare (target ≥ 0.25)', ratio((r) => r.cached)],
      ['ratio REST no-cache / bare', ratio((r) => r.fresh)],
    ],
    [
      `the bare route answers the REST response's own ${restBody.length}-byte body with res.json (checked equal)`,
      'anonymous reads are answered from the response cache until any write (src/server/responseCache.ts)',
      'both run in the server process; the client loops run in this one',
    ],
  )
}

// Database queries per list request.
if (runs('queries')) {
  const rows: [string, string][] = []
  for (const collection of ['pedagogical-models', 'learning-environments', 'schools']) {
    for (const limit of [10, 100]) {
      const r = await server.ask<{ queries: number; docs: number }>({
        cmd: 'queries',
        path: `/api/${collection}?limit=${limit}&depth=1`,
      })
      rows.push([`${collection} limit=${limit} depth=1`, `${r.queries} queries for ${r.docs} docs`])
    }
  }
  table('Database queries per list request (no N+1: equal at 10 and 100)', rows)
}

// A 12-megapixel JPEG through POST /api/media against a script storing the same files.
if (runs('upload')) {
  const photo = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: 0, g: 0, b: 0 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'expert@example.org', password: 'learning-city-expert' }),
  })
  const { token } = (await login.json()) as { token: string }
  const sizes =
    Media.upload && typeof Media.upload === 'object' ? (Media.upload.imageSizes ?? []) : []
  const api: number[] = []
  const bare: number[] = []
  let files: string[] = []
  const bareDir = path.join(dir, 'bare')
  const rssBefore = await server.ask<number>({ cmd: 'sample', on: true })
  for (let i = 0; i < UPLOADS; i++) {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: `Bench ${i}` }))
    form.append('file', new Blob([photo], { type: 'image/jpeg' }), `bench-${i}.jpg`)
    let started = performance.now()
    const res = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    await res.arrayBuffer()
    if (res.status !== 201) throw new Error(`upload: ${res.status}`)
    api.push(performance.now() - started)
    started = performance.now()
    files = await bareUpload(photo, sizes, bareDir, `bench-${i}.jpg`)
    bare.push(performance.now() - started)
  }
  const peak = await server.ask<number>({ cmd: 'sample', on: false })
  const steps = await server.ask<Record<string, number>[]>({ cmd: 'uploads' })
  const stepNames = Object.keys(steps[0] ?? {}).sort((a, b) => steps[0]![a]! - steps[0]![b]!)
  const same = files.map((file) => {
    const ours = readFileSync(path.join(bareDir, file))
    const theirs = readFileSync(path.join(serverEnv.MEDIA_DIR, file))
    return `${file} ${ours.equals(theirs) ? 'identical' : `differs (${theirs.length} vs ${ours.length} bytes)`}`
  })
  table(
    `12-MP JPEG upload (${mb(photo.length)} file, ${sizes.length} sizes, median of ${UPLOADS})`,
    [
      ['POST /api/media (multipart over HTTP, checks, files, database)', ms(median(api))],
      ['bare script: sharp, same sizes and options, files written', ms(median(bare))],
      ['ratio bare / API (target ≥ 0.8)', (median(bare) / median(api)).toFixed(2)],
      ['server peak RSS during the uploads', `${mb(peak)} (${mb(rssBefore)} before them)`],
    ],
    [
      `sizes from collections/Media.ts: ${sizes.map((s) => `${s.name} ${s.width}×${s.height} ${s.formatOptions?.format ?? ''}`).join(', ')}`,
      `files of the last upload, API vs bare: ${same.join('; ')}`,
      `inside the server, median ms from the request's arrival: ${stepNames.map((n) => `${n} ${median(steps.map((s) => s[n] ?? NaN))}`).join(', ')}`,
    ],
  )
}
await server.stop()

// Start-up: a new server process on the seeded database, until /api/health answers 200.
if (runs('startup')) {
  const times: number[] = []
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const again = await startServer()
    const health = await fetch(`${again.url}/api/health`)
    if (health.status !== 200) throw new Error(`health: ${health.status}`)
    times.push(performance.now() - started)
    await again.stop()
  }
  table('Start-up on the seeded SQLite database (API server without Next, 3 starts)', [
    ['process start to /api/health 200, median', ms(median(times))],
    ['each start', times.map(ms).join(', ')],
  ])
}

// Memory: a fresh server on the seeded database, then on one with DOCUMENTS search documents.
if (runs('memory')) {
  const warm = async (s: Server) => {
    for (let i = 0; i < 20; i++) {
      await (await fetch(`${s.url}${REST_PATH}`)).arrayBuffer()
      await (await fetch(`${s.url}/api/search?q=ohjelmointi&locale=fi`)).arrayBuffer()
    }
  }
  type Memory = { rss: number; heapUsed: number; external: number; documents: number }
  const seeded = await startServer()
  await warm(seeded)
  const before = await seeded.ask<Memory>({ cmd: 'memory' })
  const generated = await seeded.ask<{ items: number; ms: number }>({
    cmd: 'generate',
    documents: DOCUMENTS,
  })
  await seeded.stop()
  const filled = await startServer()
  await warm(filled)
  const after = await filled.ask<Memory>({ cmd: 'memory' })
  await filled.stop()
  table(
    'Server memory, each a fresh process after 20 list and 20 search requests and a full GC',
    [
      [
        `seeded: ${before.documents} search documents`,
        `RSS ${mb(before.rss)}, heap ${mb(before.heapUsed)}, external ${mb(before.external)}`,
      ],
      [
        `with ${after.documents} search documents (target RSS ≤ 600 MB)`,
        `RSS ${mb(after.rss)}, heap ${mb(after.heapUsed)}, external ${mb(after.external)}`,
      ],
    ],
    [
      `${generated.items} published models generated for it in ${(generated.ms / 1000).toFixed(0)} s`,
    ],
  )
}

console.log(`\nload average at the end ${load()}`)
rmSync(dir, { recursive: true, force: true })
process.exit(0)
