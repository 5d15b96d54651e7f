import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'

/** Everything /api/metrics shows, in one registry (never prom-client's global one). */
export const registry = new Registry()
collectDefaultMetrics({ register: registry, prefix: 'learning_city_' })

const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export const httpRequests = new Counter({
  name: 'learning_city_http_requests_total',
  help: 'HTTP requests by method, route pattern and status.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
})

export const httpDuration = new Histogram({
  name: 'learning_city_http_request_duration_seconds',
  help: 'HTTP request duration by method, route pattern and status.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets,
  registers: [registry],
})

export const searchDuration = new Histogram({
  name: 'learning_city_search_duration_seconds',
  help: 'Time to answer a search request, by status.',
  labelNames: ['status'] as const,
  buckets,
  registers: [registry],
})

export const loginFailures = new Counter({
  name: 'learning_city_login_failures_total',
  help: 'Refused logins: wrong credentials, or an account locked after repeated failures.',
  labelNames: ['reason'] as const,
  registers: [registry],
})

/** Path segments that name an operation rather than a document; everything else is a parameter. */
const OPERATIONS = new Set([
  'access',
  'count',
  'file',
  'first-register',
  'forgot-password',
  'init',
  'login',
  'logout',
  'me',
  'preference',
  'refresh-token',
  'reset-password',
  'unlock',
  'verify',
  'versions',
])

/**
 * A path as a low-cardinality route pattern: `/api/pedagogical-models/42` becomes
 * `/api/pedagogical-models/:id`. Unknown first segments collapse, so a scanner probing
 * random URLs cannot grow the metrics without bound.
 */
export const routeLabel = (path: string, known: ReadonlySet<string> = knownSlugs): string => {
  const parts = path.split('/').filter(Boolean)
  if (parts[0] === 'admin') return '/admin/*'
  if (parts[0] === '_next') return '/_next/*'
  if (parts[0] === 'oai') return '/oai'
  if (parts[0] !== 'api') return parts.length === 0 ? '/' : '/(portal)'
  const head = parts[1]
  if (!head) return '/api'
  if (!known.has(head)) return '/api/(other)'
  const rest = parts
    .slice(2, 5)
    .map((part, i) =>
      OPERATIONS.has(part) || knownWords.has(part) ? part : i === 0 ? ':id' : ':param',
    )
  return ['/api', head, ...rest].join('/')
}

let knownSlugs: ReadonlySet<string> = new Set(['health', 'graphql', 'search', 'metrics'])
/** Literal segments of the custom routes (`/api/me/saved` keeps `saved`). */
let knownWords: ReadonlySet<string> = new Set()

type Layer = { route?: { path?: unknown }; handle?: { stack?: Layer[] } }

/** Every path of every Express route under /api, read from the app's router once. */
const routePaths = (stack: Layer[] = []): string[] =>
  stack.flatMap((layer) => {
    const paths = [layer.route?.path].flat().filter((p): p is string => typeof p === 'string')
    return [...paths.filter((p) => p.startsWith('/api/')), ...routePaths(layer.handle?.stack)]
  })

const literalSegments = (path: string): string[] =>
  path.split('/').filter((part) => /^[\w.-]+$/.test(part))

/** The route pattern of a request for labels and logs, never its ids or query. */
export const routeOf = (req: Parameters<RequestHandler>[0]): string =>
  routeLabel(req.originalUrl.split('?')[0]!)

/** Records every request's count and duration; search requests also feed the search histogram. */
export const requestMetrics = (payload: Payload): RequestHandler => {
  let learned = false
  knownSlugs = new Set([
    ...knownSlugs,
    ...payload.config.collections.map((c) => c.slug),
    ...payload.config.globals.map((g) => g.slug),
  ])
  return (req, res, next) => {
    if (!learned) {
      learned = true
      const router = (req.app as unknown as { router?: { stack?: Layer[] } }).router
      const paths = routePaths(router?.stack)
      knownSlugs = new Set([
        ...knownSlugs,
        ...paths.map((p) => literalSegments(p)[1]!).filter(Boolean),
      ])
      // A numeric literal (the status list's `/1`) would keep every id 1 out of `:id`.
      knownWords = new Set(
        paths.flatMap((p) => literalSegments(p).slice(2)).filter((word) => !/^\d+$/.test(word)),
      )
    }
    const stop = httpDuration.startTimer()
    res.on('finish', () => {
      const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) }
      httpRequests.inc(labels)
      const seconds = stop(labels)
      if (labels.route.startsWith('/api/search')) {
        searchDuration.observe({ status: labels.status }, seconds)
      }
    })
    next()
  }
}
