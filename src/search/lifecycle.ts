import type { Payload } from 'payload'

import { env } from '../env.js'
import { engineFor } from './engine.js'
import { startOutboxWorker } from './outbox.js'
import { ensureIndex } from './reindex.js'

const started = new WeakSet<Payload>()

/**
 * Readies search for this process: engine settings, a rebuild when the index is empty, and the
 * outbox worker. `payload.destroy()` then also stops the worker and persists the index, so that
 * tests and shutdown end cleanly.
 */
export const startSearch = async (payload: Payload, { worker = env().SEARCH_WORKER } = {}): Promise<void> => {
  if (started.has(payload)) return
  started.add(payload)
  const engine = engineFor(payload)
  const processes = env().WEB_CONCURRENCY
  if (engine.name === 'orama' && processes > 1) {
    payload.logger.warn(
      `search: WEB_CONCURRENCY=${processes} with the in-process engine gives every process its own index; ` +
        'set MEILISEARCH_HOST to share one index between processes',
    )
  }
  try {
    await ensureIndex(payload)
  } catch (err) {
    // Before the first migration there are no tables yet; src/server/index.ts builds the index later.
    payload.logger.warn({ err }, 'search: index not checked at start')
  }
  const outbox = worker ? startOutboxWorker(payload) : undefined
  const destroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await outbox?.stop()
    await engineFor(payload).close()
    return destroy()
  }
}
