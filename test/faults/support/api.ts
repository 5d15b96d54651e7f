import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { expect } from 'vitest'

import { NODE_FLAGS } from './child.js'

/** Signs in as the seeded demo editor and answers the token (valid on every server of the file). */
export const login = async (url: string): Promise<string> => {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password: 'learning-city-editor' }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** GETs JSON, signed in when a token is given, and expects 200. */
export const get = async <T>(url: string, token?: string): Promise<T> => {
  const res = await fetch(url, { headers: token ? { authorization: `JWT ${token}` } : {} })
  expect(res.status).toBe(200)
  return (await res.json()) as T
}

/** How many outbox rows are waiting, as staff see them. */
export const outboxPending = async (url: string, token: string): Promise<number> =>
  (await get<{ totalDocs: number }>(`${url}/api/search-outbox?limit=1&depth=0`, token)).totalDocs

/**
 * Runs `npm run search:check` (scripts/search-check.ts) on a stopped server's database and data
 * folder, and expects it to find no drift. A clean stop persists the in-process index first.
 */
export const expectNoDrift = async (env: Record<string, string>): Promise<void> => {
  // DATABASE_SCHEMA=migrate only keeps the script from pushing the schema; it migrates nothing.
  const check = await promisify(execFile)(
    process.execPath,
    [...NODE_FLAGS, 'scripts/search-check.ts'],
    { env: { ...process.env, ...env, DATABASE_SCHEMA: 'migrate' }, cwd: process.cwd() },
  )
    .then((r) => ({ code: 0, out: r.stdout + r.stderr }))
    .catch((err: { code: number; stdout: string; stderr: string }) => ({
      code: err.code,
      out: err.stdout + err.stderr,
    }))
  const documents = /^database: (\d+) documents/m.exec(check.out)?.[1]
  expect(check.out.trim().split('\n')).toEqual([
    `engine: ${process.env.MEILISEARCH_HOST ? 'meilisearch' : 'orama'}`,
    `database: ${documents} documents (published items × locales); index: ${documents}`,
    'in the database but not in the index: 0',
    'in the index but not published in the database: 0',
    'outbox: 0 pending (oldest 0 s), 0 failing',
    "engine settings that differ from the adapter's: 0",
    'OK: no drift',
  ])
  expect(check.code).toBe(0)
}
