import { Router } from 'express'
import { ipKeyGenerator, type Options, rateLimit, type Store } from 'express-rate-limit'
import type { Payload } from 'payload'

import type { Env } from '../env.js'
import { errorBody } from './errors.js'
import { sharedRateLimitStore } from './rateLimitStore.js'

/** Auth operations a password guesser or a reset-mail flooder would call. */
const AUTH_OPERATIONS = ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register']

/** The per-IP sign-in budget shared by REST's auth routes and GraphQL's auth mutations. */
export const authLimitOptions = (
  settings: Pick<Env, 'AUTH_RATE_LIMIT' | 'AUTH_RATE_WINDOW_SECONDS'>,
  /** Shared by every app process on PostgreSQL (src/server/rateLimitStore.ts); else in memory. */
  store?: Store,
): Partial<Options> => ({
  ...(store ? { store } : {}),
  windowMs: settings.AUTH_RATE_WINDOW_SECONDS * 1000,
  limit: settings.AUTH_RATE_LIMIT,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  // Successful sign-ins do not count (see below).
  skipSuccessfulRequests: true,
  keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
  handler: (_req, res, _next, options) => {
    res
      .status(options.statusCode)
      .json(errorBody('Too many sign-in attempts from this address. Try again later.'))
  },
})

/**
 * A per-IP budget for the auth routes of every auth collection, checked before Payload's REST.
 * It complements Payload's per-account lockout (5 failures): that one stops guessing one password,
 * this one stops spraying many accounts from one address. Successful logins do not count, so a
 * school behind one NAT address is not locked out by its own teachers.
 */
export const authRateLimit = (
  payload: Payload,
  settings: Pick<Env, 'AUTH_RATE_LIMIT' | 'AUTH_RATE_WINDOW_SECONDS'>,
): Router => {
  const paths = payload.config.collections
    .filter((collection) => collection.auth && !collection.auth.disableLocalStrategy)
    .flatMap((collection) => AUTH_OPERATIONS.map((op) => `/api/${collection.slug}/${op}`))
  const limiter = rateLimit(authLimitOptions(settings, sharedRateLimitStore(payload, 'rest:')))
  // `use`, not `post`: a route here would become the request's matched route.
  return Router().use(paths, (req, res, next) =>
    req.method === 'POST' ? limiter(req, res, next) : next(),
  )
}
