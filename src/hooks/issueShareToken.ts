import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Sharing a list gives it an unguessable read-only link token (192 random bits); unsharing drops
 * the token, so an old link stops working and sharing again makes a new one.
 */
export const issueShareToken: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const shared = data.shared ?? originalDoc?.shared ?? false
  if (!shared) return { ...data, shareToken: null }
  const token = originalDoc?.shared && originalDoc?.shareToken
  return { ...data, shareToken: token || randomBytes(24).toString('base64url') }
}
