import {
  APIError,
  Forbidden,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { hasRole, isEditor } from '../access/roles.js'

export const PUBLISH_DENIED = 'Only editors and admins can publish.'
export const UNPUBLISH_DENIED = 'Only editors and admins can unpublish.'
export const RESTORE_DENIED =
  'Only editors and admins can restore a version; restore it as a draft.'

/** Experts are told who may do it; anyone else gets Payload's plain refusal, as from access. */
const forbidden = (req: PayloadRequest, message: string): APIError =>
  hasRole(req.user, 'expert') ? new APIError(message, 403, null, true) : new Forbidden(req.t)

/**
 * Only editors publish, and only staff read drafts. An expert's create or update always becomes a
 * draft version (so a published item stays as it was until an editor publishes the change); an
 * explicit publish, unpublish or restore is refused with a message that says who may do it.
 */
export const keepNonEditorsInDrafts: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  // Server code that passes overrideAccess (seed, imports, sync) decides for itself.
  if (!req.user || isEditor(req.user) || overrideAccess) return args
  // Payload reads `draft` before this hook runs, so a restore cannot be turned into a draft here.
  if (operation === 'restoreVersion') {
    if (!args.draft) throw forbidden(req, RESTORE_DENIED)
    // The restored content starts review again (applyReviewTransitions), whatever state the
    // version was saved in: a once-published version comes back as a draft, as the README says.
    req.context.restoringAsDraft = true
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const status = (args.data as { _status?: unknown } | undefined)?._status
  if (status === 'published') throw forbidden(req, PUBLISH_DENIED)
  // Saving a draft sends `?draft=true`; `_status: 'draft'` without it is the admin's Unpublish.
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && status === 'draft' && !args.draft && id !== undefined) {
    const current = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })
    if (current?._status === 'published') throw forbidden(req, UNPUBLISH_DENIED)
  }
  return { ...args, draft: true }
}

/**
 * Anonymous readers and teachers always read the published table, whatever `draft` says; server
 * code that overrides access reads what it asks for.
 */
export const readPublishedUnlessStaff: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' || overrideAccess) return args
  return hasRole(req.user, 'admin', 'editor', 'expert') ? args : { ...args, draft: false }
}
