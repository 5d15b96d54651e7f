import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Config } from 'payload'

import type { Env } from './env.js'

const here = path.dirname(fileURLToPath(import.meta.url))

/** How long a write on SQLite waits for its turn, in the process and then for other processes. */
const SQLITE_BUSY_MS = 10_000

/** Committed migrations live apart per SQL dialect; MongoDB needs none. */
export const migrationDir = (kind: 'sqlite' | 'postgres'): string =>
  path.resolve(here, 'migrations', kind)

/**
 * The database adapter that `DATABASE_URL` names. Adapters load lazily so that the embedded default
 * never pays for the PostgreSQL or MongoDB drivers.
 */
export const databaseAdapter = async (env: Env): Promise<Config['db']> => {
  const push = env.DATABASE_SCHEMA === 'push'
  switch (env.databaseKind) {
    case 'sqlite': {
      const [{ sqliteAdapter }, { withWriteTurns }] = await Promise.all([
        import('@payloadcms/db-sqlite'),
        import('./sqliteTurns.js'),
      ])
      return withWriteTurns(
        sqliteAdapter({
          client: { url: env.DATABASE_URL },
          // WAL lets readers run beside the writer; the busy timeout waits for other processes.
          wal: true,
          busyTimeout: SQLITE_BUSY_MS,
          // Multi-row writes are atomic; writers take turns in the process (src/sqliteTurns.ts).
          transactionOptions: {},
          push,
          migrationDir: migrationDir('sqlite'),
        }),
        SQLITE_BUSY_MS,
      )
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        pool: { connectionString: env.DATABASE_URL },
        push,
        migrationDir: migrationDir('postgres'),
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      const { adaptToServer } = await import('./mongodb/server.js')
      return mongooseAdapter({
        url: env.DATABASE_URL,
        // Indexes are built once the server is known (some options depend on it) and before the
        // first write, so unique indexes hold from the start.
        connectOptions: { autoIndex: false },
        ensureIndexes: true,
        afterOpenConnection: adaptToServer,
      })
    }
  }
}
