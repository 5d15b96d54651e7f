import type { RequestHandler } from 'express'

/** The most items one REST list answers; documented in the OpenAPI document. */
export const MAX_LIST_LIMIT = 100

const capped = (limit: string | undefined): number => {
  const n = Number(limit)
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_LIST_LIMIT) : MAX_LIST_LIMIT
}

/**
 * `limit=100000`, `limit=0` and `pagination=false` would read a whole collection in one request.
 * A REST list (GET /api/<collection>) is a page of at most MAX_LIST_LIMIT. This is done on the
 * URL, not in an operation hook: hooks and routes read with `pagination: false` through the Local
 * API on the same request, and those must stay whole.
 */
export const capListLimit =
  (collections: ReadonlySet<string>): RequestHandler =>
  (req, _res, next) => {
    const [path, query = ''] = req.originalUrl.split('?', 2) as [string, string?]
    const slug = /^\/api\/([^/]+)\/?$/.exec(path)?.[1]
    if (req.method !== 'GET' || !slug || !collections.has(slug)) return next()
    const params = query.split('&').filter(Boolean)
    const limit = params.find((p) => p.startsWith('limit='))?.slice('limit='.length)
    // A page that is not one positive integer (`page=null&page=null`) is dropped: Payload would
    // echo it back as the answer's `page`.
    const pages = params.filter((p) => p.startsWith('page='))
    const page = pages.length === 1 && /^page=[1-9]\d{0,8}$/.test(pages[0]!) ? pages[0] : undefined
    const kept = params.filter(
      (p) => !p.startsWith('limit=') && !p.startsWith('pagination=') && !p.startsWith('page='),
    )
    if (page) kept.push(page)
    if (limit === undefined && kept.length === params.length && pages.length === (page ? 1 : 0)) {
      return next()
    }
    const rewritten = [...kept, `limit=${capped(limit)}`].join('&')
    req.url = `${req.url.split('?', 1)[0]}?${rewritten}`
    req.originalUrl = `${path}?${rewritten}`
    next()
  }
