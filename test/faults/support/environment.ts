import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll } from 'vitest'

import { createTestDatabase, testEnvironment, type TestDatabase } from '../../helpers/database.js'
import type { ChildServer } from './child.js'

/**
 * A test file's database and folders for the child servers it starts, made before its tests and
 * removed after them, once `running()` (the file's last server, if any) is killed. The environment
 * answered is filled in before the first test; `extra` is added to it.
 */
export const childEnvironment = (
  name: string,
  running: () => ChildServer | undefined,
  extra: Record<string, string> = {},
): Record<string, string> => {
  const env: Record<string, string> = {}
  let dir: string | undefined
  let database: TestDatabase | undefined
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), `learning-city-${name}-`))
    database = await createTestDatabase(dir)
    Object.assign(env, testEnvironment(dir, database), extra)
  })
  afterAll(async () => {
    await running()?.stop('SIGKILL')
    await database?.drop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
  return env
}
