import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'expert', 'teacher', 'leader'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

/** The one role helper: every access rule asks through it. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const own = (user as { roles?: Role[] | null } | null | undefined)?.roles ?? []
  return own.some((role) => roles.includes(role))
}

/** Editors and admins review and publish. */
export const isEditor = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
