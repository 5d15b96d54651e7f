import type { IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'

import { isLocale, type Locale } from '../localization.js'
import { cookieValue } from '../server/cookies.js'
import { languageCookieName } from './languageCookie.js'
import { translateMessage } from './messages/index.js'

type ErrorItem = { message?: unknown; data?: { errors?: { message?: unknown }[] } | null }
type Body = { errors?: ErrorItem[] }

/**
 * The language of a request's error messages: the admin's language cookie as the client sent it,
 * else the browser's first language of ours, else English (an API client that asked for nothing
 * reads the code's own words).
 */
export const errorLocale = (req: IncomingMessage, cookiePrefix?: string): Locale => {
  const cookie = cookieValue(originalCookies(req), languageCookieName(cookiePrefix))
  if (isLocale(cookie)) return cookie
  const accepted = String(req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase())
    .find(isLocale)
  return accepted ?? 'en'
}

/** The Cookie header before `applyBrowserLanguage` supplied a language (it records it here). */
const ORIGINAL_COOKIES = new WeakMap<IncomingMessage, string | undefined>()
export const rememberOriginalCookies = (req: IncomingMessage) =>
  ORIGINAL_COOKIES.set(req, req.headers.cookie)
const originalCookies = (req: IncomingMessage) =>
  ORIGINAL_COOKIES.has(req) ? ORIGINAL_COOKIES.get(req) : req.headers.cookie

/** The `{ errors: [...] }` body with every message, and every field message, in `locale`. */
export const localizeErrorBody = <T>(body: T, locale: Locale): T => {
  const errors = (body as Body)?.errors
  if (locale === 'en' || !Array.isArray(errors)) return body
  const tr = (m: unknown) => (typeof m === 'string' ? translateMessage(m, locale) : m)
  return {
    ...body,
    errors: errors.map((e) => ({
      ...e,
      ...(e.message === undefined ? {} : { message: tr(e.message) }),
      ...(Array.isArray(e.data?.errors)
        ? {
            data: {
              ...e.data,
              errors: e.data.errors.map((f) => ({ ...f, message: tr(f.message) })),
            },
          }
        : {}),
    })),
  } as T
}

/** Every JSON error Express writes (routes, the error handler) goes out in the reader's language. */
export const localizedErrors =
  (cookiePrefix?: string): RequestHandler =>
  (req, res, next) => {
    const json = res.json.bind(res)
    res.json = (body: unknown) =>
      json(res.statusCode >= 400 ? localizeErrorBody(body, errorLocale(req, cookiePrefix)) : body)
    next()
  }

/** The same for Payload's REST answers, which come back through the Fetch bridge. */
export const localizeErrorResponse = async (
  response: Response,
  locale: Locale,
): Promise<Response> => {
  if (
    locale === 'en' ||
    response.status < 400 ||
    !response.headers.get('content-type')?.includes('json')
  )
    return response
  const body = await response
    .clone()
    .json()
    .catch(() => null)
  if (!body) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(localizeErrorBody(body, locale)), {
    status: response.status,
    headers,
  })
}
