import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { DomainError, type DomainErrorCode } from '../errors.js'

/** An error whose message is safe to show the client, with the HTTP status it maps to. */
export class HttpError extends Error {
  override name = 'HttpError'
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/** The one shape of every JSON error this server writes. */
export type ErrorBody = { errors: { message: string; field?: string }[] }

export const errorBody = (message: string, field?: string): ErrorBody => ({
  errors: [field ? { message, field } : { message }],
})

/** The one mapping from the domain's errors to HTTP. */
const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  busy: 503,
}

/** The HTTP status an error answers with: its own, its domain code's, else 500. */
export const statusOf = (err: unknown): number => {
  if (err instanceof DomainError) return DOMAIN_STATUS[err.code]
  const candidate =
    (err as { status?: unknown; statusCode?: unknown })?.status ??
    (err as { statusCode?: unknown })?.statusCode
  return typeof candidate === 'number' && candidate >= 400 && candidate < 600 ? candidate : 500
}

/** The message a client error shows, worded for people. */
const clientMessage = (err: unknown, status: number): string => {
  // Our own errors are written for the client; a library's 404 may name internals.
  if (err instanceof HttpError || err instanceof DomainError) return err.message
  const type = (err as { type?: string }).type
  if (type === 'entity.parse.failed') return 'The request body is not valid JSON.'
  if (type === 'entity.too.large') return 'The request body is too large.'
  if (status === 404) return 'Not found.'
  return err instanceof Error ? err.message : 'Bad request.'
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody(`No route for ${req.method} ${req.path}.`))
}

/** The single error middleware: 4xx keep their message, 5xx are logged and never detailed. */
export const errorHandler =
  (payload: Payload): ErrorRequestHandler =>
  (err, req, res, next) => {
    if (res.headersSent) {
      next(err)
      return
    }
    const status = statusOf(err)
    if (status >= 500) {
      payload.logger.error({ err, method: req.method, path: req.path }, 'request failed')
      res.status(status).json(errorBody('Something went wrong on our side.'))
      return
    }
    const field = err instanceof HttpError || err instanceof DomainError ? err.field : undefined
    res.status(status).json(errorBody(clientMessage(err, status), field))
  }

/**
 * Payload answers an unknown route with `{ message }`; every other error it writes is already
 * `{ errors: [...] }`. This gives the 404 the same shape.
 */
export const withErrorShape = async (response: Response): Promise<Response> => {
  if (response.status !== 404 || !response.headers.get('content-type')?.includes('json'))
    return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { message?: unknown; errors?: unknown } | null
  if (!body || body.errors || typeof body.message !== 'string') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(errorBody(body.message)), { status: 404, headers })
}
