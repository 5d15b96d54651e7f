import express, { type Express, type RequestHandler } from 'express'
import { getPayload, handleEndpoints, type Payload } from 'payload'

import { env } from '../env.js'
import { loadConfig } from '../loadConfig.js'
import { applyBrowserLanguage } from '../i18n/applyBrowserLanguage.js'
import { errorLocale, localizedErrors, localizeErrorResponse } from '../i18n/localizeErrors.js'
import { startSearch } from '../search/lifecycle.js'
import { oneRequest } from '../sqliteTurns.js'
import { authRateLimit } from './authRateLimit.js'
import { bodyLimit } from './bodyLimit.js'
import { errorHandler, notFound, withErrorShape } from './errors.js'
import { toFetchRequest } from './fetchBridge.js'
import { graphqlHandler } from './graphql.js'
import { accessLog, requestId } from './logging.js'
import { capListLimit } from './listLimit.js'
import { refuseForbiddenMethods } from './methods.js'
import { requestMetrics } from './metrics.js'
import { rejectBadPathEncoding } from './pathEncoding.js'
import { cachedResponses, invalidateAfterWrites } from './responseCache.js'
import { healthRouter } from './routes/health.js'
import { customRouters } from './routes/index.js'
import { sharedRateLimitStore } from './rateLimitStore.js'
import { searchUnavailable } from './searchUnavailable.js'
import { sharedTables } from './sharedTables.js'
import { corsAndCsrf, graphqlWithAuthRateLimit, securityHeaders } from './security.js'

export type App = { app: Express; payload: Payload }

export type AppOptions = {
  /** Answers what no route above does (Next: the admin and the portal); 404 JSON otherwise. */
  frontend?: RequestHandler
}

/**
 * Builds the Express app around one Payload instance. It does not listen and does not serve the
 * Next front ends (src/server/index.ts adds those), so tests drive it directly with supertest.
 */
export const createApp = async ({ frontend }: AppOptions = {}): Promise<App> => {
  // Loaded here, not at import, so that callers can set the environment first.
  const payload = await getPayload({ config: await loadConfig() })
  // Migrations run before the search worker's first poll: a fresh database has no tables yet.
  const { DATABASE_SCHEMA, databaseKind } = env()
  if (DATABASE_SCHEMA === 'migrate' && databaseKind !== 'mongodb') await payload.db.migrate()
  // PostgreSQL: the tables every app process shares (response cache generation, rate limits).
  await sharedTables(payload)
  await startSearch(payload)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env().TRUST_PROXY)

  const settings = env()
  // Each request apart for SQLite's write turns (a write outside its own transaction joins it).
  app.use((_req, _res, next) => oneRequest(next))
  app.use(requestId, requestMetrics(payload), accessLog(payload), invalidateAfterWrites(payload))
  app.use(rejectBadPathEncoding, refuseForbiddenMethods)
  app.use(applyBrowserLanguage(payload.config.cookiePrefix))
  app.use(localizedErrors(payload.config.cookiePrefix))
  app.use(securityHeaders(settings))
  app.use(healthRouter(payload))
  app.use('/api', corsAndCsrf(settings))
  app.use('/api', bodyLimit)
  app.use(authRateLimit(payload, settings))
  for (const router of customRouters(payload)) app.use(router)
  app.use(searchUnavailable(payload))

  app.post(
    '/api/graphql',
    graphqlWithAuthRateLimit(
      payload.config,
      settings,
      graphqlHandler(payload.config),
      sharedRateLimitStore(payload, 'graphql:'),
    ),
  )

  const rest = async (req: express.Request) =>
    localizeErrorResponse(
      await withErrorShape(
        await handleEndpoints({ config: payload.config, request: toFetchRequest(req) }),
      ),
      errorLocale(req, payload.config.cookiePrefix),
    )
  app.use(capListLimit(new Set(payload.config.collections.map((c) => c.slug))))
  app.use('/api', cachedResponses(payload, rest, { seconds: settings.RESPONSE_CACHE_SECONDS }))

  if (frontend) app.use(frontend)
  app.use(notFound)
  app.use(errorHandler(payload))
  return { app, payload }
}
