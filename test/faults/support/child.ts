import { spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter, once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export type ChildServer = {
  child: ChildProcess
  url: string
  /** Every stdout line so far (JSON log lines and the READY line). */
  lines: string[]
  /** Resolves with the next stdout line, from now on, that matches `pattern`. */
  nextLine: (pattern: RegExp) => Promise<string>
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/** How child processes run the TypeScript sources (src/loadConfig.ts keeps Lexical from exit 13). */
export const NODE_FLAGS = ['--import', 'tsx']

/** Starts test/faults/support/server.ts with tsx and resolves once it listens. */
export const startServer = async (env: Record<string, string>): Promise<ChildServer> => {
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, path.join(root, 'test/faults/support/server.ts')],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const lines: string[] = []
  const events = new EventEmitter<{ line: [string] }>()
  let errors = ''
  let buffer = ''
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const parts = buffer.split('\n')
      buffer = parts.pop()!
      for (const line of parts) {
        lines.push(line)
        events.emit('line', line)
        const match = /^READY (\d+)$/.exec(line)
        if (match) resolve(`http://127.0.0.1:${match[1]}`)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    child.on('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${errors}`)),
    )
  })
  const url = await ready
  return {
    child,
    url,
    lines,
    nextLine: (pattern) =>
      new Promise((resolve) => {
        const listener = (line: string) => {
          if (!pattern.test(line)) return
          events.off('line', listener)
          resolve(line)
        }
        events.on('line', listener)
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill(signal)
      await exited
    },
  }
}
