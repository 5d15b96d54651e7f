import { createRequire } from 'node:module'

import express, { Router } from 'express'
import type { Payload } from 'payload'

import { env } from '../../env.js'
import { buildOpenApi } from '../../interop/openapi/document.js'

const swaggerUiDir = (
  createRequire(import.meta.url)('swagger-ui-dist') as { getAbsoluteFSPath: () => string }
).getAbsoluteFSPath()

const INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  })
}
`

/** /api/openapi.json (generated once per process from the config) and Swagger UI at /api/docs/, served locally. */
export const openApiRouter = (payload: Payload): Router => {
  let document: Promise<Record<string, unknown>> | undefined
  const router = Router()
  router.get('/api/openapi.json', async (_req, res) => {
    document ??= buildOpenApi(payload, env().serverUrl).catch((err: unknown) => {
      document = undefined
      throw err
    })
    res.json(await document)
  })
  router.get('/api/docs', (req, res, next) => {
    // Swagger UI's page loads its files relative to itself, so it must live under a slash.
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) {
      res.redirect(301, '/api/docs/')
      return
    }
    next()
  })
  router.get('/api/docs/swagger-initializer.js', (_req, res) => {
    res.type('application/javascript').send(INITIALIZER)
  })
  router.use('/api/docs', express.static(swaggerUiDir, { index: 'index.html', redirect: false }))
  return router
}
