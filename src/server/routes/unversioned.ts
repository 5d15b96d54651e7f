import { Router } from 'express'
import type { Payload } from 'payload'

import { errorBody } from '../errors.js'

/**
 * Payload's REST serves /api/:collection/versions even for collections without versions, and the
 * database adapter then fails with a 500. Those addresses do not exist: answer 404 before Payload.
 */
export const unversionedRouter = (payload: Payload): Router => {
  const unversioned = new Set<string>(
    payload.config.collections.filter((c) => !c.versions).map((c) => c.slug),
  )
  return Router().use('/api/:collection/versions', (req, res, next) => {
    if (!unversioned.has(String(req.params.collection))) return next()
    res.status(404).json(errorBody(`Route not found "${req.originalUrl.split('?')[0]}"`))
  })
}
