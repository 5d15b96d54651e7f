import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export type ChildServer = {
  child: ChildProcess
  url: string
  /** Every stdout line so far (JSON log lines and the READY line). */
  lines: string[]
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/** Starts test/faults/support/server.ts with tsx and resolves once it listens. */
export const startServer = async (env: Record<string, string>): Promise<ChildServer> => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'test/faults/support/server.ts')],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const lines: string[] = []
  let errors = ''
  let buffer = ''
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const parts = buffer.split('\n')
      buffer = parts.pop()!
      for (const line of parts) {
        lines.push(line)
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
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill(signal)
      await exited
    },
  }
}
