import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `createdAt` is the server's record of when an item came to be; from outside nobody sets it
 * (an expert could otherwise backdate a submission). The seed and imports, through the Local API,
 * may.
 */
export const keepServerTimestamps: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (req.payloadAPI === 'local' || !data || !('createdAt' in data)) return data
  if (operation === 'create') data.createdAt = new Date().toISOString()
  else data.createdAt = (originalDoc as { createdAt?: string } | undefined)?.createdAt
  return data
}
