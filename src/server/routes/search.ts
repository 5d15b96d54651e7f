import { Router } from 'express'
import type { Payload } from 'payload'

import { parseSearchParams, searchContent } from '../../search/index.js'
import { parseSuggestParams, suggestContent } from '../../search/suggest.js'
import { toFetchRequest } from '../fetchBridge.js'

/** `GET /api/search`: the public search; `status=any` (drafts) for signed-in editors only. */
export const searchRouter = (payload: Payload): Router => {
  const router = Router()
  /** `GET /api/search/suggest?q=&locale=`: up to eight completions for a search box. */
  router.get('/api/search/suggest', async (req, res) => {
    const params = parseSuggestParams(req.query as Record<string, unknown>)
    res.set('cache-control', 'public, max-age=30')
    res.json(await suggestContent(payload, params))
  })
  router.get('/api/search', async (req, res) => {
    const params = parseSearchParams(req.query as Record<string, unknown>)
    // Only a draft search needs to know who asks; the public search never reads the session.
    const user =
      params.status === 'any'
        ? (await payload.auth({ headers: toFetchRequest(req).headers })).user
        : null
    res.set('cache-control', params.status === 'any' ? 'private, no-store' : 'public, max-age=30')
    res.json(await searchContent(payload, params, { user }))
  })
  return router
}
