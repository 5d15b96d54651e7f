import type { Router } from 'express'
import type { Payload } from 'payload'

import { env } from '../../env.js'
import { idGuard } from '../idGuard.js'
import { calendarRouter } from './calendar.js'
import { credentialsRouter } from './credentials.js'
import { jsonLdRouter } from './jsonld.js'
import { leaderRouter } from './leader.js'
import { meRouter } from './me.js'
import { metricsRouter } from './metrics.js'
import { oaiRouter } from './oai.js'
import { openApiRouter } from './openapi.js'
import { savedListsRouter } from './savedLists.js'
import { searchRouter } from './search.js'
import { sitemapRouter } from './sitemap.js'
import { trainingsRouter } from './trainings.js'
import { unversionedRouter } from './unversioned.js'

/**
 * The custom routes, mounted after /api/health and before GraphQL and Payload's REST. Each router
 * brings its own body parser; nothing here may read the body of a request it does not answer.
 * One line per router.
 */
export const customRouters = (payload: Payload): Router[] => {
  void payload
  return [
    metricsRouter(payload, env()),
    searchRouter(payload),
    oaiRouter(payload),
    jsonLdRouter(payload),
    sitemapRouter(payload),
    openApiRouter(payload),
    meRouter(payload),
    calendarRouter(payload),
    leaderRouter(payload),
    trainingsRouter(payload),
    credentialsRouter(payload),
    savedListsRouter(payload),
    unversionedRouter(payload),
    // Last: answers 404 for ids Payload would hand to the database as text.
    idGuard(payload),
  ]
}
