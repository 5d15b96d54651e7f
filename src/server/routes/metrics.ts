import { Router } from 'express'
import type { Payload } from 'payload'
import { Gauge } from 'prom-client'

import { hasRole } from '../../access/roles.js'
import type { Env } from '../../env.js'
import { outboxStats } from '../../search/index.js'
import { errorBody } from '../errors.js'
import { registry } from '../metrics.js'

type OutboxStats = Awaited<ReturnType<typeof outboxStats>>

let current: Payload | undefined

const lockedAccounts = new Gauge({
  name: 'learning_city_locked_accounts',
  help: 'Accounts locked right now after repeated failed logins.',
  registers: [registry],
  async collect() {
    if (!current) return
    const now = new Date().toISOString()
    let locked = 0
    for (const collection of current.config.collections.filter((c) => c.auth)) {
      const { totalDocs } = await current.count({
        collection: collection.slug,
        where: { lockUntil: { greater_than: now } },
        overrideAccess: true,
      })
      locked += totalDocs
    }
    this.set(locked)
  },
})

const outboxGauge = (name: string, help: string, pick: (s: OutboxStats) => number) =>
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      if (!current) return
      this.set(pick(await outboxStats(current)))
    },
  })

outboxGauge('learning_city_search_outbox_pending', 'Search sync entries waiting.', (s) => s.pending)
outboxGauge(
  'learning_city_search_outbox_oldest_age_seconds',
  'Age of the oldest waiting search sync entry (0 when none waits).',
  (s) => s.oldestAgeSeconds,
)
outboxGauge(
  'learning_city_search_outbox_failed',
  'Search sync entries that gave up.',
  (s) => s.failed,
)

/**
 * GET /api/metrics in Prometheus text format, for admins (any of Payload's auth methods) or for a
 * scraper at one of METRICS_ALLOWED_IPS. Everyone else gets 401/403 and learns nothing.
 */
export const metricsRouter = (
  payload: Payload,
  settings: Pick<Env, 'METRICS_ALLOWED_IPS'>,
): Router => {
  current = payload
  void lockedAccounts
  return Router().get('/api/metrics', async (req, res) => {
    const fromScraper = req.ip !== undefined && settings.METRICS_ALLOWED_IPS.includes(req.ip)
    if (!fromScraper) {
      const headers = new Headers()
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
        headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
      }
      const { user } = await payload.auth({ headers })
      if (!user) {
        res.status(401).json(errorBody('Metrics need an admin login.'))
        return
      }
      if (!hasRole(user, 'admin')) {
        res.status(403).json(errorBody('Only admins may read metrics.'))
        return
      }
    }
    res.setHeader('Content-Type', registry.contentType)
    res.setHeader('Cache-Control', 'no-store')
    res.send(await registry.metrics())
  })
}
