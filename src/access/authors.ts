import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles.js'

/** Who may create content: experts, editors and admins. */
export const authors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'expert')

/** Fields for the people who write and review content, hidden from anonymous readers and teachers. */
export const authorsField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'expert')
