export const ROLES = ['admin', 'editor', 'expert', 'teacher', 'leader'] as const
export type Role = (typeof ROLES)[number]

/** A signed-in user on the server (`req.user`) or in the admin (`useAuth()`), or nobody. */
type MaybeUser = { id: number | string; roles?: readonly Role[] | null } | null | undefined

/** The one role helper: every access rule asks through it. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  return (user?.roles ?? []).some((role) => roles.includes(role))
}

/** Editors and admins review and publish. */
export const isEditor = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
