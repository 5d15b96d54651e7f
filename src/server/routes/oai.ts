import express, { Router, type Response } from 'express'
import type { Payload } from 'payload'

import { env } from '../../env.js'
import { LRMI_XSD } from '../../interop/oai/metadata.js'
import { answerOai } from '../../interop/oai/protocol.js'
import { HttpError } from '../errors.js'

/** OAI-PMH 2.0 at /oai, over GET and form-encoded POST, plus the schema of the `lrmi` format. */
export const oaiRouter = (payload: Payload): Router => {
  const router = Router()
  const answer = async (res: Response, params: Record<string, unknown>) => {
    const settings = env()
    const xml = await answerOai(
      { payload, serverUrl: settings.serverUrl, secret: settings.PAYLOAD_SECRET },
      params,
    )
    res.type('text/xml; charset=utf-8').send(xml)
  }
  router.get('/oai', async (req, res) => {
    await answer(res, req.query as Record<string, unknown>)
  })
  router.post(
    '/oai',
    express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }),
    async (req, res) => {
      if (!req.is('application/x-www-form-urlencoded')) {
        throw new HttpError(
          415,
          'OAI-PMH requests over POST must be application/x-www-form-urlencoded.',
        )
      }
      await answer(res, (req.body ?? {}) as Record<string, unknown>)
    },
  )
  router.get('/oai/lrmi.xsd', (_req, res) => {
    res.type('application/xml; charset=utf-8').send(LRMI_XSD)
  })
  return router
}
