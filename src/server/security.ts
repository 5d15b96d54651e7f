import type { RequestHandler } from 'express'
import helmet from 'helmet'

import type { Env } from '../env.js'
import { errorBody } from './errors.js'
import { publicUrl } from './fetchBridge.js'

const originOf = (url: string): string | undefined => {
  try {
    // Tile templates carry {z}/{x}/{y}; only the origin matters here.
    return new URL(url.replace(/\{[a-z]\}/g, '0')).origin
  } catch {
    return undefined
  }
}

/**
 * One policy for the Payload admin and the portal. Next's App Router injects inline bootstrap
 * scripts and styles without nonces, hence 'unsafe-inline'; dev mode also needs eval and the
 * hot-reload socket. Map tiles come from MAP_TILE_URL's origin.
 */
export const contentSecurityPolicy = (settings: Pick<Env, 'NODE_ENV' | 'MAP_TILE_URL'>) => {
  const dev = settings.NODE_ENV === 'development'
  const tiles = originOf(settings.MAP_TILE_URL)
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // The admin's live preview frames the portal on the same origin; nobody else may frame us.
    'frame-ancestors': ["'self'"],
    ...(settings.NODE_ENV === 'production' ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

/** Security headers for every response (helmet), tightened further for uploaded files. */
export const securityHeaders = (settings: Pick<Env, 'NODE_ENV' | 'MAP_TILE_URL'>): RequestHandler[] => [
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(settings) },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS over plain http in development would pin localhost to https for a year.
    strictTransportSecurity: settings.NODE_ENV === 'production',
    // Portal pages embed media and tiles; only the frame policy above needs to be strict.
    crossOriginResourcePolicy: { policy: 'same-site' },
  }),
  (req, res, next) => {
    // An uploaded file is never a page: no scripts, no plugins, even if a browser sniffs it as HTML.
    if (/^\/api\/[^/]+\/file\//.test(req.path)) {
      res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox")
    }
    next()
  },
]

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The origin a browser request came from: Origin, else the Referer's origin. */
const requestOrigin = (headers: { origin?: string; referer?: string }): string | undefined => {
  if (headers.origin && headers.origin !== 'null') return headers.origin
  if (headers.origin === 'null') return 'null'
  return headers.referer ? (originOf(headers.referer) ?? 'null') : undefined
}

/**
 * CORS and CSRF for /api from one list: ALLOWED_ORIGINS (plus the server's own origin).
 * A browser always sends Origin on a cross-site write, so a write whose Origin (or Referer) is
 * neither ours nor listed is refused before any cookie is looked at. Requests with neither header
 * (curl, server-to-server) carry no ambient browser credentials and pass.
 */
export const corsAndCsrf =
  (settings: Pick<Env, 'ALLOWED_ORIGINS' | 'serverUrl'>): RequestHandler =>
  (req, res, next) => {
    const origin = requestOrigin(req.headers)
    const own = publicUrl(req).origin
    const allowed =
      origin === undefined ||
      origin === own ||
      origin === originOf(settings.serverUrl) ||
      settings.ALLOWED_ORIGINS.includes(origin)
    if (origin && allowed && origin !== own) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
    }
    res.vary('Origin')
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (!allowed) {
        res.status(403).json(errorBody(`Origin ${origin} is not allowed.`))
        return
      }
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
      res.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, Accept, X-Requested-With, X-Request-Id, X-Payload-HTTP-Method-Override',
      )
      res.setHeader('Access-Control-Max-Age', '600')
      res.status(204).end()
      return
    }
    if (!allowed && UNSAFE_METHODS.has(req.method)) {
      res.status(403).json(errorBody(`Cross-site request refused: origin ${origin} is not allowed.`))
      return
    }
    next()
  }
