import type { CollectionBeforeOperationHook } from 'payload'

/** The most items one REST or GraphQL list answers; documented in the OpenAPI document. */
export const MAX_LIST_LIMIT = 100

/**
 * `limit=100000`, `limit=0` and `pagination=false` would read a whole collection in one request.
 * From outside, a list is a page of at most MAX_LIST_LIMIT; the Local API (server code) is exempt.
 */
export const capListLimit: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || !('limit' in args)) return args
  const { limit } = args as { limit?: number }
  return {
    ...args,
    pagination: true,
    limit:
      typeof limit === 'number' && limit > 0 ? Math.min(limit, MAX_LIST_LIMIT) : MAX_LIST_LIMIT,
  }
}
