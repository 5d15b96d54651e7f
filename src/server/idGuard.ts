import { Router } from 'express'
import type { Payload } from 'payload'

import { idTypeOf, isValidId } from '../ids.js'
import { isCollectionSlug } from '../localApi.js'
import { errorBody } from './errors.js'

type Endpoint = { method: string; path: string }

/** Endpoints whose `:id` is a token or a URL, not a document id. */
const NOT_DOCUMENT_IDS = new Set(['/verify/:id', '/paste-url/:id?'])

/** The value of `:id` when `path` matches the endpoint's pattern, '' when it matches without one. */
const idParam = (pattern: string, segments: string[]): string | undefined => {
  const parts = pattern.split('/').filter(Boolean)
  if (segments.length > parts.length) return undefined
  let id = ''
  for (const [i, part] of parts.entries()) {
    const segment = segments[i]
    if (part.startsWith(':')) {
      if (segment === undefined && !part.endsWith('?')) return undefined
      if (part.replace('?', '') === ':id') id = segment ?? ''
    } else if (segment !== part) {
      return undefined
    }
  }
  return id
}

/**
 * With numeric ids (SQLite, PostgreSQL) Payload passes `/api/users/access` or `/api/x/abc` to the
 * database as an id and answers 500. Routes the way Payload does and answers 404 instead.
 */
export const idGuard = (payload: Payload): Router => {
  const router = Router()
  // A plain middleware, not a route: it must not become the request's matched route (metrics).
  router.use((req, res, next) => {
    const [api, slug = '', ...segments] = req.path.split('/').filter(Boolean)
    if (api !== 'api' || segments.length === 0 || !isCollectionSlug(payload, slug)) return next()
    if (idTypeOf(payload, slug) !== 'number') return next()
    const collection = payload.collections[slug]
    const method = req.method.toLowerCase()
    const endpoint = ((collection.config.endpoints || []) as Endpoint[]).find(
      (e) => e.method === method && idParam(e.path, segments) !== undefined,
    )
    if (!endpoint || NOT_DOCUMENT_IDS.has(endpoint.path)) return next()
    const id = idParam(endpoint.path, segments)!
    if (id !== '' && !isValidId(payload, id, slug)) {
      res.status(404).json(errorBody(`No ${slug} with id "${id.slice(0, 40)}".`))
      return
    }
    next()
  })
  return router
}
