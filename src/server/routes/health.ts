import { Router } from 'express'
import type { Payload } from 'payload'

import { VERSION } from '../../version.js'

/** Liveness plus a database round trip: 503 when the database does not answer. */
export const healthRouter = (payload: Payload): Router =>
  Router().get('/api/health', async (_req, res) => {
    const db = payload.db.name
    try {
      await payload.db.count({ collection: 'device-profiles', where: {} })
      res.json({ status: 'ok', db, version: VERSION })
    } catch (err) {
      payload.logger.warn({ err }, 'health check: database did not answer')
      res.status(503).json({ status: 'unavailable', db, version: VERSION })
    }
  })
