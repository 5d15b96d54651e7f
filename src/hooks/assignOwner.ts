import type { CollectionBeforeValidateHook } from 'payload'

/**
 * On create, the row belongs to whoever creates it, whatever the body says. Without a user (seed,
 * server code) the given owner stands.
 */
export const assignOwner =
  (field: string): CollectionBeforeValidateHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create' || !req.user) return data
    return { ...data, [field]: req.user.id }
  }
