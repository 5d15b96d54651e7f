import { rmSync } from 'node:fs'

import type { TestProject } from 'vitest/node'

import { DEMO_USERS } from '../../src/seed/examples.js'
import { ensureNextBuild } from '../../src/server/nextBuild.js'
import { startServer } from './helpers/server.js'

/** Pending search-outbox rows, read over REST as the demo admin. */
const pendingOutbox = async (url: string): Promise<number> => {
  const admin = DEMO_USERS.find((user) => user.roles[0] === 'admin')!
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${url}/api/search-outbox?limit=0&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  if (res.status !== 200)
    throw new Error(`search-outbox answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { totalDocs: number }).totalDocs
}

/**
 * Before any file: the Next build (when stale), then one server that seeds a fresh database like a
 * new clone, with its search index built and nothing pending. Its folder is handed to the files,
 * which copy it.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  await ensureNextBuild()
  const server = await startServer()
  try {
    // The seed writes without search hooks and the start-up builds the index before listening, so
    // a new server has nothing pending; anything else would make the files' searches race it.
    const pending = await pendingOutbox(server.url)
    if (pending !== 0) throw new Error(`A freshly seeded server has ${pending} search-outbox rows`)
  } finally {
    await server.stop({ keep: true })
  }
  project.provide('seededDir', server.dir)
  return () => rmSync(server.dir, { recursive: true, force: true })
}
