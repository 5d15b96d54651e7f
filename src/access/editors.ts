import type { Access, FieldAccess } from 'payload'

import { isEditor } from './roles.js'

/** Editors and admins. */
export const editors: Access = ({ req }) => isEditor(req.user)

export const editorsField: FieldAccess = ({ req }) => isEditor(req.user)
