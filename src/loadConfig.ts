import type { SanitizedConfig } from 'payload'

/**
 * The Payload config, for every process that loads it outside Next: the server and the scripts.
 *
 * Lexical's packages pick their development or production build with a top-level `await import()`,
 * and all of them import `lexical`. On Node 20, when several start evaluating that shared module at
 * once, the import of the config (through @payloadcms/richtext-lexical) can stay unsettled for good:
 * Node then ends the process with exit code 13 and prints nothing. Measured on this machine under
 * tsx: a bare import of the config did so in 12 of 30 runs; with `lexical` imported on its own
 * first, so that it has finished evaluating before anything else waits on it, in 0 of 30.
 */
export const loadConfig = async (): Promise<SanitizedConfig> => {
  await import('lexical')
  return (await import('../payload.config.js')).default
}
