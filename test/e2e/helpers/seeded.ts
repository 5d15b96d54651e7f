import { inject } from 'vitest'

import { type RunningServer, startServer, type StartOptions } from './server.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of a server seeded once by the global setup, copied by every file's server. */
    seededDir: string
  }
}

/**
 * The real server on a copy of the database the global setup seeded (reference data, demo users,
 * examples and the Helsinki places, search index drained): seconds instead of minutes per file.
 */
export const startSeededServer = (
  options: Omit<StartOptions, 'from'> = {},
): Promise<RunningServer> => startServer({ ...options, from: inject('seededDir') })
