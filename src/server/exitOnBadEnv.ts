/**
 * Imported first by `src/server/index.ts`: modules further down read `env()` while they load, so a
 * bad variable must stop the process here, with its one line and no stack trace, before they run.
 */
import { EnvError, env } from '../env.js'

try {
  env()
} catch (err) {
  if (!(err instanceof EnvError)) throw err
  console.error(err.message)
  process.exit(1)
}
