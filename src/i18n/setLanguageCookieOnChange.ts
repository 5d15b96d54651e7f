import type { CollectionAfterChangeHook } from 'payload'

import { setLanguageCookie, userLanguage } from './languageCookie.js'

/**
 * A user who changes their own language sees the admin in it from the next page on. Changes made by
 * an admin to someone else's account leave the admin's own language alone.
 */
export const setLanguageCookieOnChange: CollectionAfterChangeHook = ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const own = operation === 'update' && req.user !== null && req.user?.id === doc.id
  if (own && doc.language !== previousDoc?.language) setLanguageCookie(req, userLanguage(doc))
  return doc
}
