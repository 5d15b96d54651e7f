import type { PayloadRequest } from 'payload'
import { generateCookie } from 'payload/shared'

import { type AdminLanguage, DEFAULT_ADMIN_LANGUAGE, isAdminLanguage } from './index.js'

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/** The cookie through which Payload's admin picks its language (payload `getRequestLanguage`). */
export const languageCookieName = (cookiePrefix?: string): string =>
  `${cookiePrefix || 'payload'}-lng`

/** A Set-Cookie value, with the attributes the admin's own language switcher uses. */
export const languageCookie = (language: AdminLanguage, cookiePrefix?: string): string =>
  generateCookie<false>({
    name: languageCookieName(cookiePrefix),
    value: language,
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'Lax',
    returnCookieAsObject: false,
  })

/**
 * The admin language for an `Accept-Language` header: the first of ours in the browser's order of
 * preference, else Finnish. Payload's own detection knows no Finnish, so it would serve English to
 * a browser asking for "fi-FI, fi;q=0.9, en;q=0.8".
 */
export const languageFromAcceptLanguage = (header: string | undefined): AdminLanguage => {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q === undefined ? 1 : Number(q.slice(2))
      return { base: tag.trim().toLowerCase().split('-')[0], quality, index }
    })
    .filter(({ quality }) => Number.isFinite(quality) && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return ranked.map(({ base }) => base).find(isAdminLanguage) ?? DEFAULT_ADMIN_LANGUAGE
}

/** The stored admin language of a user document, Finnish when unset or unknown. */
export const userLanguage = (user: { language?: unknown } | null | undefined): AdminLanguage =>
  isAdminLanguage(user?.language) ? user.language : DEFAULT_ADMIN_LANGUAGE

/**
 * Adds the language cookie to the response of the REST request being handled: Payload merges
 * `req.responseHeaders` into every endpoint's response.
 */
export const setLanguageCookie = (req: PayloadRequest, language: AdminLanguage): void => {
  const headers = req.responseHeaders ?? new Headers()
  headers.append('Set-Cookie', languageCookie(language, req.payload.config.cookiePrefix))
  req.responseHeaders = headers
}
