import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { projectRoot } from '../../../src/server/nextBuild.js'

/** The first line `npm start` prints once it listens (src/server/index.ts). */
const READY_LINE = 'Learning City is running'

export type RunningServer = {
  url: string
  /** The temporary folder holding the database, media and search index. */
  dir: string
  /** Everything the server printed, for failure messages. */
  output: () => string
  /** SIGTERM, wait for a clean exit; the folder is removed unless `keep`. */
  stop: (options?: { keep?: boolean }) => Promise<void>
}

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

/** A free port in 3200-3999, the range the machine's users agreed on. */
const randomPort = async (): Promise<number> => {
  for (;;) {
    const port = 3200 + Math.floor(Math.random() * 800)
    if (await portIsFree(port)) return port
  }
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))

export type StartOptions = {
  /** Extra environment for the server. */
  env?: Record<string, string>
  /**
   * A folder left by an earlier server (`stop({ keep: true })`) to start from a copy of: its
   * database, search index and media. Without it the database is new and seeded on first start.
   */
  from?: string
  timeoutMs?: number
}

/**
 * Starts the real server (`src/server/index.ts`: Express, Payload, Next's production build) on a
 * random port with its own SQLite database in a temporary folder, and resolves once /api/health
 * answers 200. The Next build must exist (the e2e global setup makes it).
 */
export const startServer = async ({
  env = {},
  from,
  timeoutMs = 600_000,
}: StartOptions = {}): Promise<RunningServer> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'learning-city-e2e-'))
  if (from) cpSync(from, dir, { recursive: true })
  const port = await randomPort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/server/index.ts', '--no-build'],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        SERVER_URL: url,
        DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
        DATABASE_SCHEMA: 'migrate',
        // As `npm start` on a fresh clone: the secret is generated into DATA_DIR, and Next's own
        // copy of the environment must receive it too.
        DATA_DIR: path.join(dir, 'data'),
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: '',
        SEED_ON_START: 'true',
        LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
        DISABLE_PAYLOAD_HMR: 'true',
        ...env,
      },
    },
  )
  let output = ''
  // Ready when the server prints its banner, which it does from inside listen()'s callback.
  const ready = new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(READY_LINE)) resolve()
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.once('exit', (code, signal) =>
      reject(new Error(`The server exited (${code ?? signal}) before it was ready:\n${output}`)),
    )
  })

  const stop = async ({ keep = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited(child)
    if (!keep) rmSync(dir, { recursive: true, force: true })
  }

  const timeout = AbortSignal.timeout(timeoutMs)
  try {
    await Promise.race([
      ready,
      once(timeout, 'abort').then(() => {
        throw new Error(`The server was not ready within ${timeoutMs} ms:\n${output}`)
      }),
    ])
    const health = await fetch(`${url}/api/health`)
    if (health.status !== 200) throw new Error(`/api/health answered ${health.status}:\n${output}`)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, dir, output: () => output, stop }
}
