import type { FieldAccess } from 'payload'

import { idOf, type Id } from '../ids.js'
import { isEditor } from './roles.js'

type Created = { id: Id; createdBy?: Id | { id: Id } | null }

/** An editor's review notes are for the item's creator and the editors, not for other readers. */
export const editorsOrCreatorField: FieldAccess<Created> = ({ req: { user }, doc }) =>
  isEditor(user) || (Boolean(user) && idOf(doc?.createdBy) === user?.id)
