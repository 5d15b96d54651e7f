import { APIError, type CollectionBeforeChangeHook } from 'payload'

type Revocable = {
  id: number | string
  revoked?: boolean | null
  revokedAt?: string | null
  revokedBy?: unknown
}

/**
 * Revoking records when and by whom; a revoked credential stays revoked, because verifiers and
 * registers may already have acted on the published status.
 */
export const stampRevocation: CollectionBeforeChangeHook<Revocable> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return data
  const was = Boolean(originalDoc?.revoked)
  if (was && data.revoked === false) {
    throw new APIError('A revoked credential stays revoked.', 400, undefined, true)
  }
  if (!was && data.revoked) {
    return { ...data, revokedAt: new Date().toISOString(), revokedBy: req.user?.id ?? null }
  }
  return data
}
