import type { Access } from 'payload'

/**
 * Rows whose `field` points at the caller, and nothing else: no role, admins included, reads or
 * changes another person's rows (self-assessments, saved lists).
 */
export const ownerOnly =
  (field: string): Access =>
  ({ req: { user } }) =>
    user ? { [field]: { equals: user.id } } : false
