import type { Request } from 'express'
import type { Payload, TypedUser } from 'payload'

import { DEFAULT_LOCALE, isLocale, type Locale } from '../localization.js'
import { HttpError } from './errors.js'

const fetchHeaders = (req: Request): Headers => {
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
  }
  return headers
}

/** The user a custom route acts for (JWT header, API key or cookie), or null when anonymous. */
export const requestUser = async (payload: Payload, req: Request): Promise<TypedUser | null> =>
  (await payload.auth({ headers: fetchHeaders(req) })).user

/** As `requestUser`, but a 401 for anonymous callers. */
export const requireUser = async (payload: Payload, req: Request): Promise<TypedUser> => {
  const user = await requestUser(payload, req)
  if (!user) throw new HttpError(401, 'You must be logged in.')
  return user
}

/** `?locale=` first, then the first supported language in Accept-Language, else Finnish. */
export const requestLocale = (req: Request): Locale => {
  const asked = req.query.locale
  if (isLocale(asked)) return asked
  const accepted = (req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase())
    .find(isLocale)
  return accepted ?? DEFAULT_LOCALE
}
