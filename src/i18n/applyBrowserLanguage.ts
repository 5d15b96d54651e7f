import type { RequestHandler } from 'express'

import { cookieValue } from '../server/cookies.js'
import { languageCookieName, languageFromAcceptLanguage } from './languageCookie.js'
import { rememberOriginalCookies } from './localizeErrors.js'

/**
 * For a request without the language cookie (a first visit, before any login), supplies one chosen
 * from the browser's languages with Finnish understood, and Finnish when none of ours is asked for.
 * Payload reads the cookie before `Accept-Language`, so the admin and API messages follow it; the
 * cookie is added to the request only, so a later login or language choice still decides.
 */
export const applyBrowserLanguage =
  (cookiePrefix?: string): RequestHandler =>
  (req, _res, next) => {
    const name = languageCookieName(cookiePrefix)
    const cookies = req.headers.cookie
    if (cookieValue(cookies, name) === undefined) {
      // Error messages follow only a language the client asked for (see errorLocale).
      rememberOriginalCookies(req)
      const cookie = `${name}=${languageFromAcceptLanguage(req.headers['accept-language'])}`
      const merged = cookies ? `${cookies}; ${cookie}` : cookie
      req.headers.cookie = merged
      // The Fetch bridge to Payload reads raw headers; Next reads `req.headers`. Keep both in step.
      const raw = req.rawHeaders.filter((_, i, all) => all[i - (i % 2)]!.toLowerCase() !== 'cookie')
      req.rawHeaders.splice(0, req.rawHeaders.length, ...raw, 'Cookie', merged)
    }
    next()
  }
