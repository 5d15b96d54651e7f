import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { isEditor } from './roles.js'

type Rated = { author?: number | string | { id: number | string } | null } | undefined

/** True when `user` wrote the rating `doc`. */
export const isRater = (user: PayloadRequest['user'] | null | undefined, doc: Rated): boolean => {
  const author = doc?.author
  const id = author && typeof author === 'object' ? author.id : author
  return Boolean(user) && id !== undefined && id !== null && id === user?.id
}

/** A rating's own author, or editors (who moderate): for changing and removing ratings. */
export const raterOrEditors: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  return user ? { author: { equals: user.id } } : false
}

/** Who rated what is personal data: the rater and editors see it, nobody else. */
export const raterOrEditorsField: FieldAccess = ({ req: { user }, doc }) =>
  isEditor(user) || isRater(user, doc)
