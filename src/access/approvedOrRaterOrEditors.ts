import type { FieldAccess } from 'payload'

import { isRater } from './raterOrEditors.js'
import { isEditor } from './roles.js'

/** A comment is public once an editor has approved it; until then only its author and editors read it. */
export const approvedOrRaterOrEditors: FieldAccess = ({ req: { user }, doc }) =>
  (doc as { commentStatus?: string } | undefined)?.commentStatus === 'approved' ||
  isEditor(user) ||
  isRater(user, doc)
