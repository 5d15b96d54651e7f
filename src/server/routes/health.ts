import { Router } from 'express'
import type { Payload } from 'payload'

import { env } from '../../env.js'
import { VERSION } from '../../version.js'
import { readiness } from '../readiness.js'

/**
 * `/api/health`: liveness plus a database round trip, 503 when the database does not answer.
 * `/api/ready`: for the load balancer, 503 unless the database, the search engine and media storage
 * all answer; each check is listed with its outcome.
 */
export const healthRouter = (payload: Payload): Router =>
  Router()
    .get('/api/ready', async (_req, res) => {
      const checks = await readiness(payload, env())
      const ready = checks.every((check) => check.ok)
      if (!ready) payload.logger.warn({ checks }, 'readiness check failed')
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks })
    })
    .get('/api/health', async (_req, res) => {
      const db = payload.db.name
      try {
        await payload.db.count({ collection: 'device-profiles', where: {} })
        res.json({ status: 'ok', db, version: VERSION })
      } catch (err) {
        payload.logger.warn({ err }, 'health check: database did not answer')
        res.status(503).json({ status: 'unavailable', db, version: VERSION })
      }
    })
