/**
 * The in-process engine keeps its index in one process, so start-up warns about every way of
 * running several processes with it: several app processes, an app without its worker, a separate
 * worker. Exact messages, and a real `npm run worker` process logging its warning.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { analyser } from '../../src/search/analysis/index.js'
import { engineFor, reindexAll, searchProcessWarnings } from '../../src/search/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

const share = 'set MEILISEARCH_HOST to share one index between processes'
const several = (n: number) =>
  `search: WEB_CONCURRENCY=${n} with the in-process engine gives every process its own index, and each change reaches only the process whose worker claims it; ${share}`
const withoutWorker = `search: SEARCH_WORKER=false with the in-process engine leaves this process's index without updates (a separate worker fills its own); ${share}, or run the worker in this process`
const separateWorker = `search: a separate worker with the in-process engine updates only its own index, which no app process reads; ${share}`

describe('start-up warnings about processes and the search engine', () => {
  it('say nothing for one app process running its own worker, or for Meilisearch', () => {
    expect(
      searchProcessWarnings('orama', { WEB_CONCURRENCY: 1, SEARCH_WORKER: true }, 'app'),
    ).toEqual([])
    expect(
      searchProcessWarnings('meilisearch', { WEB_CONCURRENCY: 4, SEARCH_WORKER: false }, 'app'),
    ).toEqual([])
    expect(
      searchProcessWarnings('meilisearch', { WEB_CONCURRENCY: 1, SEARCH_WORKER: true }, 'worker'),
    ).toEqual([])
  })

  it('warn for several app processes, an app without its worker, and a separate worker on the in-process engine', () => {
    expect(
      searchProcessWarnings('orama', { WEB_CONCURRENCY: 3, SEARCH_WORKER: true }, 'app'),
    ).toEqual([several(3)])
    expect(
      searchProcessWarnings('orama', { WEB_CONCURRENCY: 1, SEARCH_WORKER: false }, 'app'),
    ).toEqual([withoutWorker])
    expect(
      searchProcessWarnings('orama', { WEB_CONCURRENCY: 2, SEARCH_WORKER: false }, 'app'),
    ).toEqual([several(2), withoutWorker])
    expect(
      searchProcessWarnings('orama', { WEB_CONCURRENCY: 1, SEARCH_WORKER: true }, 'worker'),
    ).toEqual([separateWorker])
  })
})

describe.runIf(!process.env.MEILISEARCH_HOST)(
  'a separate worker process on the in-process engine',
  () => {
    let t: TestApp
    let child: ChildProcess | undefined
    beforeAll(async () => {
      t = await initTestApp({ places: false })
      // On disk for the worker to restore, so that it starts without a rebuild.
      await reindexAll(t.payload)
      await engineFor(t.payload).close()
    }, 300_000)
    afterAll(async () => {
      // Never leave a worker behind, even when the test failed or timed out early.
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await t.close()
    })

    it('logs the warning at start, runs, and stops cleanly on SIGTERM', async () => {
      // Node itself, not npx: a signal to npm would not reach the worker.
      child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
        env: { ...process.env, DATABASE_SCHEMA: 'migrate', LOG_LEVEL: 'info' },
        cwd: process.cwd(),
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      const exited = once(child, 'exit')
      let stderr = ''
      child.stderr!.on('data', (chunk) => (stderr += chunk))
      const lines: { level: number; msg: string }[] = []
      // Read the JSON log lines until the worker says it runs; the process ending first fails the test.
      for await (const line of createInterface({ input: child.stdout! })) {
        if (!line.startsWith('{')) continue
        const entry = JSON.parse(line) as { level: number; msg: string }
        lines.push(entry)
        if (entry.msg.startsWith('search worker running')) break
      }
      child.kill('SIGTERM')
      const [code, signal] = (await exited) as [number | null, string | null]
      expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' })
      expect(lines.filter((l) => l.msg.startsWith('search')).map((l) => [l.level, l.msg])).toEqual([
        // The worker's process says once which analyser it uses (the same machine: the same one).
        [30, analyser().describe()],
        [40, separateWorker],
        [30, 'search worker running (orama)'],
      ])
    }, 120_000)
  },
)
