import type { RequestHandler } from 'express'

import { errorBody } from './errors.js'

/**
 * The largest JSON or GraphQL body /api takes. A rich-text description with images referenced, not
 * inlined, stays far below it; uploads (multipart) keep their own limit (MAX_UPLOAD_BYTES).
 */
export const MAX_BODY_BYTES = 1024 * 1024

const TOO_LARGE = 'The request body is too large.'

/**
 * Refuses an oversized body with 413 before anything reads it. Payload parses the raw stream
 * itself, so the limit is decided on Content-Length; a JSON body without one (chunked) is refused
 * with 411, since counting it would mean reading it ahead of Payload.
 */
export const bodyLimit: RequestHandler = (req, res, next) => {
  if (req.get('content-type')?.toLowerCase().startsWith('multipart/')) return next()
  const declared = req.get('content-length')
  if (declared === undefined) {
    if (!req.get('transfer-encoding')) return next()
    res.status(411).json(errorBody('Send the request body with a Content-Length.'))
    return
  }
  if (Number(declared) > MAX_BODY_BYTES) {
    res.status(413).set('Connection', 'close').json(errorBody(TOO_LARGE))
    return
  }
  next()
}
