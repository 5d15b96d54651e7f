import type { FieldAccess } from 'payload'

import { isEditor } from './roles.js'

type Id = number | string
type Created = { id: Id; createdBy?: Id | { id: Id } | null }

const idOf = (value: Created['createdBy']): Id | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** An editor's review notes are for the item's creator and the editors, not for other readers. */
export const editorsOrCreatorField: FieldAccess<Created> = ({ req: { user }, doc }) =>
  isEditor(user) || (Boolean(user) && idOf(doc?.createdBy) === user?.id)
