import type { Task } from 'meilisearch'

/** A Meilisearch task that did not succeed: failed, canceled, or never finished. */
export class MeilisearchTaskError extends Error {
  override name = 'MeilisearchTaskError'
  constructor(
    message: string,
    readonly task: Pick<Task, 'uid' | 'status' | 'type' | 'indexUid' | 'error'>,
  ) {
    super(message)
  }
}

/**
 * What a finished task means. Only `succeeded` is success: a `canceled` task applied nothing, so
 * the caller (the outbox, a rebuild) must treat it as failed and try again. `allow` lists error
 * codes that leave things as wanted (creating an index that already exists).
 */
export const checkTask = (
  task: Pick<Task, 'uid' | 'status' | 'type' | 'indexUid' | 'error'>,
  what: string,
  { allow = [] }: { allow?: string[] } = {},
): Task['status'] => {
  if (task.status === 'succeeded') return task.status
  if (task.status === 'failed' && task.error && allow.includes(task.error.code)) return task.status
  const reason =
    task.status === 'failed'
      ? `${task.error?.code ?? 'unknown error'}: ${task.error?.message ?? ''}`.trim()
      : task.status === 'canceled'
        ? 'the task was canceled'
        : `the task is still ${task.status}`
  throw new MeilisearchTaskError(
    `Meilisearch ${what} failed on ${task.indexUid ?? 'the instance'} (task ${task.uid}): ${reason}`,
    task,
  )
}
