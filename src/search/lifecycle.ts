import type { Payload } from 'payload'

import { env, type Env } from '../env.js'
import { processState } from '../processState.js'
import { engineFor } from './engine.js'
import { startOutboxWorker } from './outbox.js'
import { ensureIndex } from './reindex.js'
import type { SearchEngine } from './types.js'

const started = processState('search/lifecycle', () => new WeakSet<Payload>())

/**
 * What is wrong with running this process this way, for the start-up log. The in-process engine's
 * index lives in one process, and each outbox row is applied by the one worker that claims it, so
 * with it every app process must be alone and run its own worker. Meilisearch is shared: no warning.
 */
export const searchProcessWarnings = (
  engine: SearchEngine['name'],
  settings: Pick<Env, 'WEB_CONCURRENCY' | 'SEARCH_WORKER'>,
  role: 'app' | 'worker',
): string[] => {
  if (engine !== 'orama') return []
  const share = 'set MEILISEARCH_HOST to share one index between processes'
  if (role === 'worker') {
    return [
      `search: a separate worker with the in-process engine updates only its own index, which no app process reads; ${share}`,
    ]
  }
  const warnings: string[] = []
  if (settings.WEB_CONCURRENCY > 1) {
    warnings.push(
      `search: WEB_CONCURRENCY=${settings.WEB_CONCURRENCY} with the in-process engine gives every process its own index, ` +
        `and each change reaches only the process whose worker claims it; ${share}`,
    )
  }
  if (!settings.SEARCH_WORKER) {
    warnings.push(
      `search: SEARCH_WORKER=false with the in-process engine leaves this process's index without updates ` +
        `(a separate worker fills its own); ${share}, or run the worker in this process`,
    )
  }
  return warnings
}

/** Logs the warnings above for this process (the app at start-up, or `npm run worker`). */
export const warnAboutSearchProcesses = (
  payload: Payload,
  role: 'app' | 'worker',
  settings: Env = env(),
): void => {
  for (const warning of searchProcessWarnings(engineFor(payload).name, settings, role))
    payload.logger.warn(warning)
}

/**
 * Readies search for this process: engine settings, a rebuild when the index is empty, and the
 * outbox worker. `payload.destroy()` then also stops the worker and persists the index, so that
 * tests and shutdown end cleanly.
 */
export const startSearch = async (
  payload: Payload,
  { worker = env().SEARCH_WORKER } = {},
): Promise<void> => {
  if (started.has(payload)) return
  started.add(payload)
  warnAboutSearchProcesses(payload, 'app', { ...env(), SEARCH_WORKER: worker })
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
