import type { CollectionAfterLoginHook } from 'payload'

import { setLanguageCookie, userLanguage } from './languageCookie.js'

/** Logging in switches the admin to the language the user chose (`users.language`, default fi). */
export const setLanguageCookieOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  setLanguageCookie(req, userLanguage(user))
}
