import type { Access } from 'payload'

import { hasRole } from './roles.js'

/** Who may create content: experts, editors and admins. */
export const authors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'expert')
