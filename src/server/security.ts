import type { RequestHandler } from 'express'
import { rateLimit, type Store } from 'express-rate-limit'
import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import helmet from 'helmet'
import { formatNames, toWords, type SanitizedConfig } from 'payload'

import type { Env } from '../env.js'
import { authLimitOptions } from './authRateLimit.js'
import { errorBody } from './errors.js'
import { publicUrl, sendFetchResponse, toFetchRequest } from './fetchBridge.js'

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
export const securityHeaders = (
  settings: Pick<Env, 'NODE_ENV' | 'MAP_TILE_URL'>,
): RequestHandler[] => [
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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The origins of the configured server: for a loopback address, each spelling of it on the same
 * scheme and port, since the server prints http://localhost:3000 and http://127.0.0.1:3000 as
 * equivalent and a browser opened on either must be able to sign in.
 */
export const serverOrigins = (serverUrl: string): string[] => {
  const origin = originOf(serverUrl)
  if (!origin) return []
  const url = new URL(origin)
  if (!LOOPBACK_HOSTS.has(url.hostname)) return [origin]
  return [...LOOPBACK_HOSTS].map((host) => {
    const alias = new URL(origin)
    alias.hostname = host
    return alias.origin
  })
}

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
export const corsAndCsrf = (
  settings: Pick<Env, 'ALLOWED_ORIGINS' | 'serverUrl'>,
): RequestHandler => {
  const configured = serverOrigins(settings.serverUrl)
  return (req, res, next) => {
    const origin = requestOrigin(req.headers)
    const own = publicUrl(req).origin
    const allowed =
      origin === undefined ||
      origin === own ||
      configured.includes(origin) ||
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
      res
        .status(403)
        .json(errorBody(`Cross-site request refused: origin ${origin} is not allowed.`))
      return
    }
    next()
  }
}

const AUTH_VERBS = ['login', 'forgotPassword', 'resetPassword', 'unlock']

/** GraphQL's names for the auth operations that REST limits per IP (src/server/authRateLimit.ts). */
export const graphqlAuthMutations = (config: SanitizedConfig): Set<string> => {
  const names = new Set<string>()
  for (const { auth, graphQL, slug } of config.collections) {
    if (!auth || auth.disableLocalStrategy || graphQL === false) continue
    // As @payloadcms/graphql names them: loginUser, forgotPasswordUser …
    const singular = graphQL?.singularName
      ? toWords(graphQL.singularName, true)
      : formatNames(slug).singular
    for (const verb of AUTH_VERBS) names.add(`${verb}${singular}`)
  }
  return names
}

type Selections = SelectionSetNode['selections']

/** Top-level field names of a selection set, through fragment spreads and inline fragments. */
const topLevelFields = (
  document: DocumentNode,
  selections: Selections,
  seen = new Set<string>(),
): string[] =>
  selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value]
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return topLevelFields(document, selection.selectionSet.selections, seen)
    }
    const name = selection.name.value
    if (seen.has(name)) return []
    seen.add(name)
    const fragment = document.definitions.find(
      (d): d is FragmentDefinitionNode =>
        d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name,
    )
    return fragment ? topLevelFields(document, fragment.selectionSet.selections, seen) : []
  })

/**
 * How many of `names` the operation in a GraphQL JSON body would run at its top level (aliases
 * included). 0 for anything GraphQL itself would refuse: not JSON, no query, a syntax error.
 */
export const countAuthMutations = (body: string, names: Set<string>): number => {
  let query: unknown
  let operationName: unknown
  try {
    ;({ query, operationName } = JSON.parse(body) as { query?: unknown; operationName?: unknown })
  } catch {
    return 0
  }
  if (typeof query !== 'string') return 0
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return 0
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  const operation =
    typeof operationName === 'string'
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined
  if (!operation || operation.operation !== 'mutation') return 0
  return topLevelFields(document, operation.selectionSet.selections).filter((field) =>
    names.has(field),
  ).length
}

const isJson = (contentType: string | undefined) =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json'

/**
 * POST /api/graphql with the per-IP auth budget of REST applied to `loginUser`,
 * `forgotPasswordUser`, `resetPasswordUser` and `unlockUser`. GraphQL answers a wrong password
 * with 200 and `errors`, so an attempt counts unless its response has no errors; one request may
 * carry at most one such mutation, or aliases would try many passwords for the price of one.
 */
export const graphqlWithAuthRateLimit = (
  config: SanitizedConfig,
  settings: Pick<Env, 'AUTH_RATE_LIMIT' | 'AUTH_RATE_WINDOW_SECONDS'>,
  graphql: (request: Request) => Promise<Response>,
  store?: Store,
): RequestHandler => {
  const names = graphqlAuthMutations(config)
  const limiter = rateLimit({
    ...authLimitOptions(settings, store),
    requestWasSuccessful: (_req, res) => res.locals.authAttemptFailed === false,
  })
  return async (req, res) => {
    const request = toFetchRequest(req)
    const attempts = isJson(req.get('content-type'))
      ? countAuthMutations(await request.clone().text(), names)
      : 0
    if (attempts > 1) {
      res.status(400).json(errorBody('Send one sign-in or password operation per request.'))
      return
    }
    if (attempts === 1) {
      let allowed = false
      await limiter(req, res, () => {
        allowed = true
      })
      if (!allowed) return
    }
    const response = await graphql(request)
    if (attempts === 1) {
      const result = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { errors?: unknown[] } | undefined
      res.locals.authAttemptFailed = !response.ok || !result || (result.errors?.length ?? 0) > 0
    }
    await sendFetchResponse(res, response)
  }
}
