import type { RequestHandler } from 'express'

import { errorBody } from './errors.js'

/** Methods the Fetch API refuses to build a Request for; passed on, they became 500s. */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT'])

/** TRACE, TRACK and CONNECT are answered 405 before any route sees them. */
export const refuseForbiddenMethods: RequestHandler = (req, res, next) => {
  if (!FORBIDDEN_METHODS.has(req.method)) return next()
  res.status(405).set('Allow', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
  res.json(errorBody(`The ${req.method} method is not supported.`))
}
