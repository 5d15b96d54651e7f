import type { Env } from '../../env.js'
import type { MeilisearchOptions } from './engine.js'

/** The adapter's options from the validated environment (undefined when Meilisearch is off). */
export const meiliOptions = (
  settings: Pick<
    Env,
    | 'MEILISEARCH_HOST'
    | 'MEILISEARCH_API_KEY'
    | 'MEILISEARCH_INDEX'
    | 'MEILISEARCH_TIMEOUT_MS'
    | 'MEILISEARCH_TASK_TIMEOUT_MS'
  >,
): MeilisearchOptions | undefined =>
  settings.MEILISEARCH_HOST
    ? {
        host: settings.MEILISEARCH_HOST,
        apiKey: settings.MEILISEARCH_API_KEY,
        indexPrefix: settings.MEILISEARCH_INDEX,
        requestTimeoutMs: settings.MEILISEARCH_TIMEOUT_MS,
        taskTimeoutMs: settings.MEILISEARCH_TASK_TIMEOUT_MS,
      }
    : undefined
