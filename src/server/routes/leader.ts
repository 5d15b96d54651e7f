import { Router } from 'express'
import type { Payload } from 'payload'

import { schoolOverview } from '../../competence/schoolOverview.js'
import { requestLocale, requireUser } from '../requestContext.js'

/** GET /api/leader/school: a school's aggregated picture (see competence/schoolOverview.ts). */
export const leaderRouter = (payload: Payload): Router =>
  Router().get('/api/leader/school', async (req, res) => {
    const user = await requireUser(payload, req)
    res.json(await schoolOverview(payload, user, req.query.school, requestLocale(req)))
  })
