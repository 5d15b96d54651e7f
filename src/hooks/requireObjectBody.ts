import { APIError, type CollectionBeforeOperationHook } from 'payload'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A REST create or update takes a JSON object (or multipart for uploads). Anything else — `null`,
 * a string, an array, text, XML, a form — used to reach Payload's operation, which set `_status`
 * on it and failed with a 500.
 */
export const requireObjectBody: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI !== 'REST') return args
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type?.startsWith('multipart/')) return args
  // Only the client's own body: custom routes pass data of their own through the Local API.
  const data = (args as { data?: unknown }).data
  if (data !== req.data && isPlainObject(data)) return args
  if (type !== 'application/json') {
    throw new APIError('Send the body as application/json.', 415, undefined, true)
  }
  if (!isPlainObject(req.data)) {
    throw new APIError('The request body must be a JSON object.', 400, undefined, true)
  }
  return args
}
