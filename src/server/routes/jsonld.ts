import { Router, type NextFunction, type Request, type Response } from 'express'
import type { Payload } from 'payload'

import { env } from '../../env.js'
import { toJsonLd } from '../../interop/jsonld/index.js'
import { loadPublished } from '../../interop/jsonld/load.js'
import { isContentCollection } from '../../interop/urls.js'
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../../localization.js'
import { HttpError } from '../errors.js'

/**
 * schema.org JSON-LD of published content at `/api/<collection>/<id>.jsonld` and at
 * `/api/<collection>/<id>?format=jsonld`. Mounted before Payload's REST; any other request to
 * those paths passes through untouched.
 */
export const jsonLdRouter = (payload: Payload): Router => {
  const send = async (req: Request, res: Response, next: NextFunction) => {
    const { collection, id } = req.params as { collection: string; id: string }
    if (!isContentCollection(collection)) {
      next()
      return
    }
    const locale = req.query.locale ?? DEFAULT_LOCALE
    if (!isLocale(locale))
      throw new HttpError(400, `locale must be one of ${LOCALES.join(', ')}.`, 'locale')
    const doc = await loadPublished(payload, collection, id, locale)
    if (!doc) throw new HttpError(404, `No published item ${collection}/${id}.`)
    res
      .type('application/ld+json; charset=utf-8')
      .set('Content-Language', locale)
      .send(JSON.stringify(toJsonLd(doc, { collection, locale, serverUrl: env().serverUrl })))
  }
  return Router()
    .get('/api/:collection/:id.jsonld', send)
    .get('/api/:collection/:id', async (req, res, next) => {
      if (req.query.format !== 'jsonld') {
        next()
        return
      }
      await send(req, res, next)
    })
}
