import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { isEditor } from '../access/roles.js'

/**
 * Only editors publish, and only staff read drafts. An expert's create or update always becomes a
 * draft version (so a published item stays as it was until an editor publishes the change), and a
 * reader without an editor or expert role never reaches the versions table, whatever `draft` says.
 */
export const keepNonEditorsInDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { user } = req
  if (!user || isEditor(user)) return args
  if (operation === 'create' || operation === 'update') {
    if ((args.data as { _status?: string } | undefined)?._status === 'published') {
      throw new Forbidden(req.t)
    }
    return { ...args, draft: true }
  }
  return args
}

/** Anonymous readers and teachers always read the published table. */
export const readPublishedUnlessStaff: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read') return args
  const roles = (req.user as { roles?: string[] } | null)?.roles ?? []
  const staff = roles.some((r) => r === 'admin' || r === 'editor' || r === 'expert')
  return staff ? args : { ...args, draft: false }
}
