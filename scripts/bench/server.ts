/**
 * The server `npm run bench` measures, in a process of its own: the API as src/server/index.ts runs
 * it (createApp, search, listen) without the Next front ends, plus, in the same process, a bare
 * Express 5 route that answers the REST list's body as it was once computed. Started by
 * scripts/bench/index.ts with an IPC channel; prints `READY <api port> <bare port>` on stdout.
 * SEED=true seeds demo users, examples and the Helsinki places first.
 *
 * Commands over IPC (each answered with the same `id`): `memory` (after a full GC), `sample`
 * (start or stop sampling RSS every 10 ms; stop answers the peak), `queries` (database queries of
 * one GET), `generate` (published models up to a number of search documents, then a reindex),
 * `uploads` (when each upload so far reached each step, in ms from its arrival).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'

import { LOCALES } from '../../src/localization.js'
import { engineFor, ensureIndex, reindexAll } from '../../src/search/index.js'
import { seed } from '../../src/seed/index.js'
import { createApp } from '../../src/server/app.js'
import { generateModels } from './corpus.js'

const FRESH = { 'cache-control': 'no-cache' }

/** The REST list whose body the bare route answers (set by scripts/bench/index.ts). */
const REST_PATH = process.env.BENCH_REST_PATH ?? '/api/pedagogical-models?limit=20&depth=1'

type Command =
  | { id: number; cmd: 'memory' }
  | { id: number; cmd: 'sample'; on: boolean }
  | { id: number; cmd: 'queries'; path: string }
  | { id: number; cmd: 'generate'; documents: number }
  | { id: number; cmd: 'uploads' }

type Memory = { rss: number; heapUsed: number; external: number; documents: number }

const { app, payload } = await createApp()
if (process.env.SEED === 'true')
  await seed(payload, { demoUsers: true, places: true, log: () => {} })
await ensureIndex(payload)

/** Per upload, when it reached each step of Payload's create, in ms from its arrival. */
const uploads: Record<string, number>[] = []
let upload: { started: number; steps: Record<string, number> } | undefined
const step = (name: string) => {
  if (upload) upload.steps[name] = Math.round(performance.now() - upload.started)
}
const hooks = payload.collections.media.config.hooks
// First in line: before the upload checks of collections/Media.ts; last in line: after them.
hooks.beforeOperation.unshift(({ args }) => (step('body parsed (multipart)'), args))
hooks.beforeOperation.push(({ args }) => (step('checked (validateUpload)'), args))
hooks.beforeValidate.unshift(({ data }) => (step('sizes made (Payload, sharp)'), data))
hooks.afterChange.unshift(({ doc }) => (step('row and files saved'), doc))

type OnRequest = (req: IncomingMessage, res: ServerResponse) => void

const listen = (handler: express.Express, onRequest?: OnRequest) =>
  new Promise<number>((resolve) => {
    const server = handler.listen(0, '127.0.0.1', () =>
      resolve((server.address() as AddressInfo).port),
    )
    if (onRequest) server.prependListener('request', onRequest)
  })
const port = await listen(app, (req, res) => {
  if (req.method !== 'POST' || !req.url?.startsWith('/api/media')) return
  const current = { started: performance.now(), steps: {} as Record<string, number> }
  upload = current
  req.on('end', () => {
    current.steps['body received'] = Math.round(performance.now() - current.started)
  })
  res.once('finish', () => {
    current.steps['answered'] = Math.round(performance.now() - current.started)
    uploads.push(current.steps)
  })
})
const body: unknown = await (await fetch(`http://127.0.0.1:${port}${REST_PATH}`)).json()
const bare = express()
bare.get('/bare', (_req, res) => {
  res.json(body)
})
const barePort = await listen(bare)

const gc = (globalThis as { gc?: () => void }).gc

const memory = async (): Promise<Memory> => {
  gc?.()
  const { rss, heapUsed, external } = process.memoryUsage()
  return { rss, heapUsed, external, documents: (await engineFor(payload).stats()).documents }
}

let sampler: NodeJS.Timeout | undefined
let peak = 0

/** What the SQLite client was asked to run: a statement, a batch or a script. */
const statementText = (arg: unknown): string =>
  typeof arg === 'string' ? arg : JSON.stringify(arg ?? '')

/**
 * Counts the statements the SQLite client runs while `path` is answered, leaving out the search
 * worker's polls of its outbox, which run on their own schedule.
 */
const queries = async (path: string): Promise<{ queries: number; docs: number }> => {
  const client = (
    payload.db as unknown as { client: Record<string, (...args: unknown[]) => unknown> }
  ).client
  const originals = new Map<string, (...args: unknown[]) => unknown>()
  let count = 0
  for (const method of ['execute', 'batch', 'executeMultiple']) {
    const original = client[method]!
    originals.set(method, original)
    client[method] = (...args: unknown[]) => {
      if (!statementText(args[0]).includes('search_outbox')) count++
      return original.apply(client, args)
    }
  }
  try {
    // Past the anonymous response cache, which would answer without the database.
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: FRESH })
    const json = (await res.json()) as { docs: unknown[] }
    return { queries: count, docs: json.docs.length }
  } finally {
    for (const [method, original] of originals) client[method] = original
  }
}

/** Published models, written as the seed writes (no hooks), then one reindex, up to `documents`. */
const generate = async (documents: number): Promise<{ items: number; ms: number }> => {
  const started = performance.now()
  const have = (await engineFor(payload).stats()).documents
  const items = Math.max(0, Math.ceil((documents - have) / LOCALES.length))
  await generateModels(payload, items)
  await reindexAll(payload)
  return { items, ms: Math.round(performance.now() - started) }
}

process.on('message', (message: Command) => {
  const answer = (result: unknown) => process.send!({ id: message.id, result })
  const run = async () => {
    switch (message.cmd) {
      case 'memory':
        return memory()
      case 'sample':
        if (message.on) {
          peak = process.memoryUsage().rss
          sampler = setInterval(() => {
            peak = Math.max(peak, process.memoryUsage().rss)
          }, 10)
          return peak
        }
        clearInterval(sampler)
        return Math.max(peak, process.memoryUsage().rss)
      case 'queries':
        return queries(message.path)
      case 'generate':
        return generate(message.documents)
      case 'uploads':
        return uploads
    }
  }
  run().then(answer, (err: Error) =>
    process.send!({ id: message.id, error: err.stack ?? err.message }),
  )
})

process.on('SIGTERM', async () => {
  await payload.destroy()
  process.exit(0)
})

console.log(`READY ${port} ${barePort}`)
