/**
 * `npm run worker`: the search outbox worker as its own process, for deployments that run app
 * processes with SEARCH_WORKER=false and Meilisearch as the shared engine. Stops on SIGTERM/SIGINT.
 */
import '../src/server/exitOnBadEnv.js'

import { getPayload } from 'payload'

import { loadConfig } from '../src/loadConfig.js'
import {
  engineFor,
  ensureIndex,
  startOutboxWorker,
  warnAboutSearchProcesses,
} from '../src/search/index.js'

const payload = await getPayload({ config: await loadConfig() })
warnAboutSearchProcesses(payload, 'worker')
await ensureIndex(payload)
const worker = startOutboxWorker(payload)
const stop = async (signal: string) => {
  payload.logger.info(`${signal}: finishing the row in hand`)
  await worker.stop()
  await engineFor(payload).close()
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
// Only now: whoever waits for this line to send a signal must find the handlers in place.
payload.logger.info(`search worker running (${engineFor(payload).name})`)
