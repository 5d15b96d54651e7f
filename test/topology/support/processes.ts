import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort } from '../../helpers/ports.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** How the real entry points run: Node with tsx, not npx (a signal to npm would not reach them). */
const NODE_FLAGS = ['--import', 'tsx']

export type Proc = {
  name: string
  child: ChildProcess
  /** Everything it printed so far, for failure messages. */
  output: () => string
  /** Sends `signal` and waits for the exit; nothing when it has already exited. */
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: string | null }>
}

/**
 * Runs `script` (relative to the project root) as its own OS process and resolves once its output
 * contains `readyText`; rejects, with everything it printed, when it exits first.
 */
export const startProcess = async (
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  readyText: string,
): Promise<Proc> => {
  const child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(readyText)) resolve()
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.once('exit', (code, signal) =>
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output}`)),
    )
  })
  return {
    name,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit')
        child.kill(signal)
        await exited
      }
      return { code: child.exitCode, signal: child.signalCode }
    },
  }
}

/** `src/server/index.ts` as `npm start` runs it, serving the existing Next build. */
export const startApp = async (name: string, env: Record<string, string>) => {
  const port = await freePort()
  const proc = await startProcess(
    name,
    'src/server/index.ts',
    ['--no-build'],
    { ...env, PORT: String(port) },
    'Learning City is running',
  )
  return { ...proc, url: `http://127.0.0.1:${port}` }
}

/** `scripts/worker.ts` as `npm run worker` runs it; ready once it logs that it runs. */
export const startWorker = (env: Record<string, string>) =>
  startProcess(
    'worker',
    'scripts/worker.ts',
    [],
    { ...env, LOG_LEVEL: 'info' },
    'search worker running',
  )
