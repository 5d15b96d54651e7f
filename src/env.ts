import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

import { devSigningKey } from './credentials/devKey.js'
import { isSecretMultibase } from './credentials/multikey.js'

/** Thrown when a variable is wrong; the message is the one line printed at start-up. */
export class EnvError extends Error {
  override name = 'EnvError'
}

const databaseUrl = z
  .string()
  .refine((v) => /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(v), {
    message: 'must start with file:, postgres:// or mongodb://',
  })

/** A comma-separated list, blanks and empty entries dropped. */
const commaList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: databaseUrl.default('file:./data/learning-city.db'),
  /** How the schema reaches the database: committed migrations, or Payload's dev push. */
  DATABASE_SCHEMA: z.enum(['migrate', 'push']).optional(),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SERVER_URL: z.string().url().optional(),
  /** Signs Open Badges credentials: an Ed25519 Multikey secret (`secretKeyMultibase`). */
  CREDENTIAL_SIGNING_KEY: z
    .string()
    .refine(isSecretMultibase, 'must be an Ed25519 Multikey secret key (secretKeyMultibase, z…)')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  MEDIA_DIR: z.string().default('./media'),
  /** Set: uploads and their image sizes go to this S3-compatible bucket instead of MEDIA_DIR. */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
    .optional(),
  /** The S3 server (SeaweedFS, MinIO, …); unset: AWS itself, from S3_REGION. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  /** Both or neither; neither: the AWS SDK's own chain (instance role, AWS_* variables). */
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** `bucket` in the path, not the host name: what most self-hosted S3 servers need. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  MEILISEARCH_HOST: z.string().url().optional(),
  MEILISEARCH_API_KEY: z.string().optional(),
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('learning-city'),
  /** Per Meilisearch request: a hung server then fails the request (search answers 503). */
  MEILISEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** How long settings changes and a rebuild's tasks may take (a full re-index takes minutes). */
  MEILISEARCH_TASK_TIMEOUT_MS: z.coerce.number().int().min(1000).default(600_000),
  /** App processes behind the load balancer; above 1 the in-process search engine is per process. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).default(1),
  /** Run the search outbox worker in this process (false when `npm run worker` runs it apart). */
  SEARCH_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Seed the demo content into an empty database on start. */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Text analysis for search: Voikko when libvoikko loads (auto), or Snowball only. */
  LEARNING_CITY_ANALYSER: z.enum(['auto', 'voikko', 'snowball']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated origins allowed for CORS and CSRF. */
  ALLOWED_ORIGINS: commaList,
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  /** Login, password-reset and unlock requests one IP may make per window (then 429). */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Longest life of a cached anonymous REST answer (src/server/responseCache.ts); 0 turns it off. */
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).default(5),
  /**
   * Which proxies' X-Forwarded-* to believe (Express `trust proxy`): `loopback` (a proxy on the
   * same host), `uniquelocal` (private networks, as between containers), a hop count, or
   * comma-separated addresses/CIDRs. The client address it yields keys the auth rate limit.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v): string | number => (/^\d+$/.test(v) ? Number(v) : v)),
  /** Comma-separated client addresses that may read /api/metrics without an admin login. */
  METRICS_ALLOWED_IPS: commaList,
})

/** The names `src/env.ts` reads; the README's environment table lists each (test/int/env.test.ts). */
export const ENV_VARIABLES = Object.keys(schema.shape) as readonly (keyof typeof schema.shape)[]

type Parsed = z.infer<typeof schema>

export type Env = Omit<Parsed, 'PAYLOAD_SECRET' | 'DATABASE_SCHEMA' | 'CREDENTIAL_SIGNING_KEY'> & {
  PAYLOAD_SECRET: string
  CREDENTIAL_SIGNING_KEY: string
  DATABASE_SCHEMA: 'migrate' | 'push'
  databaseKind: 'sqlite' | 'postgres' | 'mongodb'
  serverUrl: string
}

export const databaseKindOf = (url: string): Env['databaseKind'] =>
  url.startsWith('file:') ? 'sqlite' : url.startsWith('mongodb') ? 'mongodb' : 'postgres'

/** Dev and test get a random secret kept under DATA_DIR, so sessions survive restarts. */
const devSecret = (dataDir: string): string => {
  const file = path.resolve(dataDir, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  console.warn(`PAYLOAD_SECRET is not set: generated one in ${file} (set it in production).`)
  return secret
}

/** One line for every bad variable at once, so that a deploy is fixed in one round, not one per variable. */
const envErrorMessage = (
  problems: readonly (readonly [name: string, message: string])[],
): string =>
  problems.length === 1
    ? `Invalid environment variable ${problems[0]![0]}: ${problems[0]![1]}`
    : `Invalid environment variables: ${problems.map(([name, message]) => `${name}: ${message}`).join('; ')}`

/** Development generates these into DATA_DIR; production must be given them. */
const REQUIRED_IN_PRODUCTION = ['PAYLOAD_SECRET', 'CREDENTIAL_SIGNING_KEY'] as const

/** Rules between variables, checked once each variable is valid on its own. */
const crossProblems = (env: Parsed): [string, string][] => {
  const problems: [string, string][] = []
  // One in-process index per process cannot serve several: refused, not merely warned about.
  if (env.NODE_ENV === 'production' && env.WEB_CONCURRENCY > 1 && !env.MEILISEARCH_HOST) {
    problems.push([
      'WEB_CONCURRENCY',
      `${env.WEB_CONCURRENCY} app processes need a shared search engine; set MEILISEARCH_HOST`,
    ])
  }
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    const missing = env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'
    problems.push([missing, 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together'])
  }
  if ([env.S3_ENDPOINT, env.S3_ACCESS_KEY_ID].some(Boolean) && !env.S3_BUCKET) {
    problems.push(['S3_BUCKET', 'required when S3_* settings are set'])
  }
  return problems
}

/** Parses and validates the environment; throws EnvError naming every bad variable. */
export const parseEnv = (source: NodeJS.ProcessEnv = process.env): Env => {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
  const result = schema.safeParse(cleaned)
  const problems: [string, string][] = result.success
    ? crossProblems(result.data)
    : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])
  if ((cleaned.NODE_ENV ?? 'development') === 'production') {
    for (const name of REQUIRED_IN_PRODUCTION) {
      if (!cleaned[name]) problems.push([name, 'required in production'])
    }
  }
  if (!result.success || problems.length > 0) throw new EnvError(envErrorMessage(problems))
  const env = result.data
  const databaseKind = databaseKindOf(env.DATABASE_URL)
  return {
    ...env,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? devSecret(env.DATA_DIR),
    CREDENTIAL_SIGNING_KEY: env.CREDENTIAL_SIGNING_KEY ?? devSigningKey(env.DATA_DIR),
    // Pushed and migrated databases must never meet (payload migrate then blocks on a prompt):
    // tests and `npm run dev` push into their own files, everything else migrates.
    DATABASE_SCHEMA: env.DATABASE_SCHEMA ?? 'migrate',
    databaseKind,
    serverUrl: env.SERVER_URL ?? `http://localhost:${env.PORT}`,
  }
}

let cached: Env | undefined

/** The validated environment, parsed once. */
export const env = (): Env => (cached ??= parseEnv())

/** For tests that change variables between files. */
export const resetEnv = (): void => {
  cached = undefined
}
