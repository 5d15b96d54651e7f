import type { RequestHandler } from 'express'

import { errorBody } from './errors.js'

/**
 * A path that is not valid percent-encoded UTF-8 (`/%C3%28`) names nothing we serve; Next and
 * Express's route parameters throw URIError on it (a 500). It is refused once, here, for every route.
 */
export const rejectBadPathEncoding: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(req.path)
  } catch {
    res.status(400).json(errorBody('The address is not valid percent-encoding.'))
    return
  }
  next()
}
