import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import type { RequestHandler } from 'express'
import type { Config, Payload } from 'payload'

import { routeOf } from './metrics.js'

type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']

const requestIds = new AsyncLocalStorage<string>()

/** The id of the request being served, wherever in its async call chain we are. */
export const currentRequestId = (): string | undefined => requestIds.getStore()

/** A caller's id is kept only when it is short and plain, so it cannot forge log fields. */
const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a UUID), answers it in
 * X-Request-Id, and runs the rest of the request inside it so that every log line carries it.
 */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id')
  const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID()
  res.setHeader('X-Request-Id', id)
  requestIds.run(id, next)
}

/**
 * One line when a request starts (debug) and one when it ends (info; warn for 5xx). The path is
 * logged as its route pattern: ids and query strings can carry personal data (`where[email]…`).
 */
export const accessLog =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const started = performance.now()
    payload.logger.debug({ method: req.method, route: routeOf(req) }, 'request started')
    res.on('finish', () => {
      const line = {
        method: req.method,
        route: routeOf(req),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      }
      if (res.statusCode >= 500) payload.logger.warn(line, 'request finished')
      else payload.logger.info(line, 'request finished')
    })
    next()
  }

/** Keys whose values never reach a log, at any depth pino can address cheaply. */
const REDACTED = [
  'password',
  'hash',
  'salt',
  'token',
  'resetPasswordToken',
  'apiKey',
  'email',
  'authorization',
  'cookie',
  'secret',
]

/**
 * Pino options for Payload's logger: JSON lines, the request id mixed into every line written
 * while a request runs, and secrets or personal data censored wherever they sit in a log object.
 */
export const loggerOptions = (level: string): LoggerOptions => ({
  level,
  mixin: () => {
    const id = currentRequestId()
    return id ? { requestId: id } : {}
  },
  redact: {
    paths: [
      ...REDACTED,
      ...REDACTED.map((key) => `*.${key}`),
      ...REDACTED.map((key) => `*.*.${key}`),
    ],
    censor: '[redacted]',
  },
})
