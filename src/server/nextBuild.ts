/**
 * Builds the Next front ends (admin and portal) when `.next` is missing or older than the sources,
 * so that `npm start` works on a fresh clone and after a `git pull` without a separate build step.
 * "Older" is decided by a hash of the inputs, not by mtimes, which git does not keep.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { newSecretMultibase } from '../credentials/multikey.js'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** What the Next build reads: the pages, everything payload.config.ts imports, the configs. */
const INPUT_DIRS = ['src', 'collections']
const INPUT_FILES = ['payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']
/** Read at run time from their folder, never bundled. */
const IGNORED_DIRS = ['src/migrations']
const STAMP = '.next/learning-city-build.json'
const LOCK = '.next-build.lock'

const listFiles = async (root: string, dir: string): Promise<string[]> => {
  if (IGNORED_DIRS.includes(dir) || !existsSync(path.join(root, dir))) return []
  const entries = await readdir(path.join(root, dir), { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = `${dir}/${entry.name}`
      if (entry.isDirectory()) return listFiles(root, relative)
      return entry.isFile() ? [relative] : []
    }),
  )
  return nested.flat()
}

/** A hash of the names and contents of every input file. */
export const sourceHash = async (root = projectRoot): Promise<string> => {
  const files = [
    ...(await Promise.all(INPUT_DIRS.map((dir) => listFiles(root, dir)))).flat(),
    ...INPUT_FILES.filter((file) => existsSync(path.join(root, file))),
  ].sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(root, file)))
      .update('\0')
  }
  return hash.digest('hex')
}

export type BuildState = 'missing' | 'stale' | 'fresh'

export const buildState = async (root = projectRoot): Promise<BuildState> => {
  if (!existsSync(path.join(root, '.next/BUILD_ID'))) return 'missing'
  try {
    const stamp = JSON.parse(await readFile(path.join(root, STAMP), 'utf8')) as { hash?: string }
    return stamp.hash === (await sourceHash(root)) ? 'fresh' : 'stale'
  } catch {
    return 'stale'
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One build at a time per working tree: two `next build`s in one `.next` corrupt each other. */
const withLock = async <T>(root: string, run: () => Promise<T>): Promise<T> => {
  const lock = path.join(root, LOCK)
  for (;;) {
    try {
      await mkdir(lock)
      break
    } catch {
      const owner = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => '0'))
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: 0 }))).mtimeMs
      // A lock without a living owner is left over from a killed build.
      if ((owner && !isAlive(owner)) || (!owner && age > 10_000)) {
        await rm(lock, { recursive: true, force: true })
        continue
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  await writeFile(path.join(lock, 'pid'), String(process.pid))
  try {
    return await run()
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}

/** Runs `next build` in a child process and records the hash of what it built. */
export const buildNext = async (root = projectRoot): Promise<void> => {
  const hash = await sourceHash(root)
  // An interrupted build leaves .next half written: it must not look fresh afterwards.
  await rm(path.join(root, STAMP), { force: true })
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        // The build evaluates payload.config.ts, which wants a secret; nothing is signed with this
        // one, because the secret is read again from the environment when the server starts.
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'next-build-placeholder-secret-never-used',
        CREDENTIAL_SIGNING_KEY: process.env.CREDENTIAL_SIGNING_KEY || newSecretMultibase(),
      },
    })
    // Stopping the server mid-build stops the build too, instead of leaving it orphaned.
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.once('SIGTERM', forward).once('SIGINT', forward)
    child.on('error', reject)
    child.on('exit', (exitCode) => {
      process.off('SIGTERM', forward).off('SIGINT', forward)
      resolve(exitCode)
    })
  })
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); see its output above`)
  await writeFile(
    path.join(root, STAMP),
    JSON.stringify({ hash, builtAt: new Date().toISOString() }),
  )
}

/** Builds unless the build on disk matches the sources; says why it builds. */
export const ensureNextBuild = async (
  {
    root = projectRoot,
    force = false,
    log = (line: string) => void process.stdout.write(`${line}\n`),
  } = {} as {
    root?: string
    force?: boolean
    log?: (line: string) => void
  },
): Promise<BuildState> =>
  withLock(root, async () => {
    const state = await buildState(root)
    if (state === 'fresh' && !force) return state
    const why = force ? 'requested' : state === 'missing' ? 'no build yet' : 'sources changed'
    log(`Building the admin and portal with Next (${why}); this takes a minute or two...`)
    const started = performance.now()
    await buildNext(root)
    log(`Next build finished in ${Math.round((performance.now() - started) / 1000)} s`)
    return state
  })

/**
 * Production start: serves the build as it is. None at all is refused with one line; one older
 * than the sources is served with a warning (the image was built from other sources).
 */
export const requireNextBuild = async (
  { root = projectRoot, warn = console.warn } = {} as {
    root?: string
    warn?: (line: string) => void
  },
): Promise<void> => {
  const state = await buildState(root)
  if (state === 'missing')
    throw new Error('No Next build in .next: run `npm run build` before starting in production.')
  if (state === 'stale')
    warn('The Next build in .next is older than the sources: run `npm run build` again.')
}
