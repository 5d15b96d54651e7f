import type { CollectionAfterChangeHook } from 'payload'

import { issueCredential } from '../../../src/credentials/issue.js'

type Row = { id: number | string; training: unknown; teacher: unknown; completed?: boolean | null }

/** On training registrations: marking one completed issues its Open Badges credential. */
export const issueOnCompletion: CollectionAfterChangeHook<Row> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.completed && !previousDoc?.completed) {
    await issueCredential(req.payload, doc, { req })
  }
  return doc
}
