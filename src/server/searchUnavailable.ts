import type { ErrorRequestHandler } from 'express'
import type { Payload } from 'payload'

import { errorBody, statusOf } from './errors.js'

/**
 * An error handler mounted right after the custom routers: when the engine fails (Meilisearch unreachable, index
 * not loaded), /api/search says so with a 503 and Retry-After instead of a bare 500. Client
 * errors (bad parameters) pass through unchanged.
 */
export const searchUnavailable =
  (payload: Payload): ErrorRequestHandler =>
  (err, req, res, next) => {
    if (!req.path.startsWith('/api/search') || res.headersSent) return next(err)
    if (statusOf(err) < 500) return next(err)
    payload.logger.error({ err }, 'search engine failed')
    res.setHeader('Retry-After', '30')
    res.status(503).json(errorBody('Search is unavailable right now. Try again in a moment.'))
  }
