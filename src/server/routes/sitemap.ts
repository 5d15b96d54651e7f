import { Router } from 'express'
import type { Payload } from 'payload'

import { env } from '../../env.js'
import { buildSitemap } from '../../interop/sitemap.js'

/** /sitemap.xml: the public portal pages in every locale. */
export const sitemapRouter = (payload: Payload): Router =>
  Router().get('/sitemap.xml', async (_req, res) => {
    res.type('application/xml; charset=utf-8').send(await buildSitemap(payload, env().serverUrl))
  })
