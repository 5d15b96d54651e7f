import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { newSecretMultibase } from '../../src/credentials/multikey.js'
import { ENV_VARIABLES, EnvError, parseEnv } from '../../src/env.js'

let dataDir: string
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'learning-city-env-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(dataDir, { recursive: true, force: true })
})

const SECRET = 'a-production-secret-of-at-least-32-chars'
const SIGNING_KEY = newSecretMultibase()

/** Next's types make NODE_ENV required on ProcessEnv; these tests pass partial environments. */
const parse = (source: Record<string, string>) => parseEnv(source as NodeJS.ProcessEnv)

/** The message parseEnv stops with, or undefined when the environment is accepted. */
const failure = (source: Record<string, string>): string | undefined => {
  try {
    parse({
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: SECRET,
      CREDENTIAL_SIGNING_KEY: SIGNING_KEY,
      ...source,
    })
    return undefined
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError)
    return (err as Error).message
  }
}

describe('the environment', () => {
  it.each([
    [{ PORT: 'eighty' }, 'Invalid environment variable PORT: Expected number, received nan'],
    [
      { PORT: '70000' },
      'Invalid environment variable PORT: Number must be less than or equal to 65535',
    ],
    [
      { DATABASE_URL: 'mysql://localhost/lc' },
      'Invalid environment variable DATABASE_URL: must start with file:, postgres:// or mongodb://',
    ],
    [
      { DATABASE_SCHEMA: 'magic' },
      "Invalid environment variable DATABASE_SCHEMA: Invalid enum value. Expected 'migrate' | 'push', received 'magic'",
    ],
    [
      { PAYLOAD_SECRET: 'short' },
      'Invalid environment variable PAYLOAD_SECRET: must be at least 32 characters',
    ],
    [{ SERVER_URL: 'not a url' }, 'Invalid environment variable SERVER_URL: Invalid url'],
    [
      { CREDENTIAL_SIGNING_KEY: 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' },
      'Invalid environment variable CREDENTIAL_SIGNING_KEY: must be an Ed25519 Multikey secret key (secretKeyMultibase, z…)',
    ],
    [
      { NODE_ENV: 'staging' },
      "Invalid environment variable NODE_ENV: Invalid enum value. Expected 'development' | 'production' | 'test', received 'staging'",
    ],
    [
      { NODE_ENV: 'production', WEB_CONCURRENCY: '2' },
      'Invalid environment variable WEB_CONCURRENCY: 2 app processes need a shared search engine; set MEILISEARCH_HOST',
    ],
    [
      { S3_BUCKET: 'Not_A_Bucket' },
      'Invalid environment variable S3_BUCKET: must be a valid S3 bucket name',
    ],
    [
      { S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' },
      'Invalid environment variable S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    ],
    [
      { S3_ENDPOINT: 'http://127.0.0.1:8333' },
      'Invalid environment variable S3_BUCKET: required when S3_* settings are set',
    ],
    [{ S3_ENDPOINT: 'seaweed' }, 'Invalid environment variable S3_ENDPOINT: Invalid url'],
  ])('stops on %o with one line naming the variable', (source, message) => {
    const got = failure(source)
    expect(got).toBe(message)
    expect(got).not.toContain('\n')
  })

  it('lists every variable it reads in the README environment table', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Environment'))
    const table = section.slice(0, section.indexOf('\n## ', 1))
    const documented = new Set([...table.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]))
    expect(ENV_VARIABLES.filter((name) => !documented.has(name))).toEqual([])
  })

  it('accepts the defaults and derives the database kind and server URL', () => {
    const env = parse({ DATA_DIR: dataDir, PAYLOAD_SECRET: SECRET })
    expect({
      kind: env.databaseKind,
      url: env.DATABASE_URL,
      schema: env.DATABASE_SCHEMA,
      port: env.PORT,
      serverUrl: env.serverUrl,
    }).toEqual({
      kind: 'sqlite',
      url: 'file:./data/learning-city.db',
      schema: 'migrate',
      port: 3000,
      serverUrl: 'http://localhost:3000',
    })
    expect(
      parse({ DATA_DIR: dataDir, PAYLOAD_SECRET: SECRET, DATABASE_URL: 'postgres://h/db' })
        .databaseKind,
    ).toBe('postgres')
    expect(
      parse({ DATA_DIR: dataDir, PAYLOAD_SECRET: SECRET, DATABASE_URL: 'mongodb://h/db' })
        .databaseKind,
    ).toBe('mongodb')
  })

  it('requires PAYLOAD_SECRET in production', () => {
    expect(failure({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })).toBe(
      'Invalid environment variable PAYLOAD_SECRET: required in production',
    )
    expect(failure({ NODE_ENV: 'production' })).toBe(undefined)
  })

  it('reads TRUST_PROXY as a hop count or as Express names and addresses', () => {
    const trust = (v?: string) =>
      parse({ DATA_DIR: dataDir, PAYLOAD_SECRET: SECRET, ...(v ? { TRUST_PROXY: v } : {}) })
        .TRUST_PROXY
    expect([trust(), trust('2'), trust('uniquelocal'), trust('10.0.0.0/8, 127.0.0.1')]).toEqual([
      'loopback',
      2,
      'uniquelocal',
      '10.0.0.0/8, 127.0.0.1',
    ])
  })

  it('runs several production app processes only with Meilisearch, and one without it', () => {
    expect(failure({ NODE_ENV: 'production', WEB_CONCURRENCY: '1' })).toBe(undefined)
    expect(
      failure({ NODE_ENV: 'production', WEB_CONCURRENCY: '4', MEILISEARCH_HOST: 'http://m:7700' }),
    ).toBe(undefined)
    // Outside production it stays a warning (src/search/lifecycle.ts): the topology test runs so.
    expect(failure({ NODE_ENV: 'test', WEB_CONCURRENCY: '2' })).toBe(undefined)
  })

  it('requires CREDENTIAL_SIGNING_KEY in production and keeps a generated one in development', () => {
    expect(failure({ NODE_ENV: 'production', CREDENTIAL_SIGNING_KEY: '' })).toBe(
      'Invalid environment variable CREDENTIAL_SIGNING_KEY: required in production',
    )
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const first = parse({ NODE_ENV: 'development', DATA_DIR: dataDir, PAYLOAD_SECRET: SECRET })
    const file = path.join(dataDir, '.credential-signing-key')
    expect(first.CREDENTIAL_SIGNING_KEY).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{89,90}$/)
    expect(readFileSync(file, 'utf8')).toBe(first.CREDENTIAL_SIGNING_KEY)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(warn.mock.calls).toEqual([
      [`CREDENTIAL_SIGNING_KEY is not set: generated one in ${file} (set it in production).`],
    ])
    const second = parse({ NODE_ENV: 'development', DATA_DIR: dataDir, PAYLOAD_SECRET: SECRET })
    expect(second.CREDENTIAL_SIGNING_KEY).toBe(first.CREDENTIAL_SIGNING_KEY)
  })

  it('generates a secret in development, keeps it under DATA_DIR and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const development = {
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      CREDENTIAL_SIGNING_KEY: SIGNING_KEY,
    }
    const first = parse(development)
    const file = path.join(dataDir, '.payload-secret')
    expect(first.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(file, 'utf8')).toBe(first.PAYLOAD_SECRET)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(warn.mock.calls).toEqual([
      [`PAYLOAD_SECRET is not set: generated one in ${file} (set it in production).`],
    ])
    const second = parse(development)
    expect(second.PAYLOAD_SECRET).toBe(first.PAYLOAD_SECRET)
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('names every bad variable at once, in one line', () => {
    expect(failure({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/lc' })).toBe(
      'Invalid environment variables: PORT: Expected number, received nan; DATABASE_URL: must start with file:, postgres:// or mongodb://',
    )
    expect(failure({ NODE_ENV: 'production', PAYLOAD_SECRET: '', PORT: '0' })).toBe(
      'Invalid environment variables: PORT: Number must be greater than or equal to 1; PAYLOAD_SECRET: required in production',
    )
  })

  it('stops `npm start` with exit code 1 and that one line on stderr', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { PATH: process.env.PATH, PORT: 'eighty', DATA_DIR: dataDir, NODE_ENV: 'development' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({
      status: 1,
      stderr: 'Invalid environment variable PORT: Expected number, received nan',
    })
  }, 150_000)

  // Every script that opens the database validates the environment the way `npm start` does.
  it.each([
    'backup',
    'export',
    'generate-importmap',
    'import',
    'import-places',
    'reindex',
    'restore',
    'search-check',
    'seed',
    'worker',
  ])(
    'stops scripts/%s.ts with exit code 1 and one line naming both bad variables',
    (script) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: {
          PATH: process.env.PATH,
          PORT: 'eighty',
          DATABASE_URL: 'mysql://localhost/lc',
          DATA_DIR: dataDir,
          NODE_ENV: 'development',
        },
        encoding: 'utf8',
        timeout: 120_000,
      })
      expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({
        status: 1,
        stderr:
          'Invalid environment variables: PORT: Expected number, received nan; DATABASE_URL: must start with file:, postgres:// or mongodb://',
      })
    },
    150_000,
  )
})
