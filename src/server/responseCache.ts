import type { Response as ExpressResponse, Request, RequestHandler } from 'express'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, Plugin } from 'payload'

import { languageCookieName } from '../i18n/languageCookie.js'
import { bumpGeneration, bumpLocalGeneration, currentGeneration } from './cacheGeneration.js'
import { cookieValue } from './cookies.js'
import { sendFetchResponse } from './fetchBridge.js'

/**
 * Anonymous reads of Payload's REST API served from memory. Harvesters, the portal's visitors and
 * schools' own sites ask the same lists again and again, and a depth=1 list costs tens of database
 * reads; the answer only changes when something is written.
 *
 * - Only anonymous GETs (no Authorization header, no login cookie) that answer 200 with JSON and set
 *   no cookie; the key is the URL with its query, the Origin (Payload's CORS headers follow it) and
 *   the interface language (Payload's messages follow it).
 * - Any write empties it: every collection's afterChange and afterDelete (the Local API, jobs, the
 *   seed, GraphQL) and, once its answer is sent and so its transaction committed, every request
 *   that may write (`invalidateAfterWrites`), which also drops what was read before the commit.
 * - On PostgreSQL the same writes also bump a generation every app process checks before serving
 *   (src/server/cacheGeneration.ts): an answer from process A is never contradicted by an older one
 *   cached in process B.
 * - Entries live `seconds` at most.
 * - `Cache-Control: no-cache` in the request skips the lookup (the answer is stored afresh).
 * - Answers carry `X-Cache: hit` or `miss`; bypassed requests carry neither.
 */

/** Collections whose writes cannot change what an anonymous reader sees. */
const UNSEEN_WRITES = new Set(['search-outbox'])

// Inside the write's transaction: on PostgreSQL the shared bump commits with the write.
const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await bumpGeneration(req.payload, req)
  return doc
}
const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpGeneration(req.payload, req)
  return doc
}

/** Adds the invalidating hooks to every collection, present and future. */
export const responseCacheInvalidation: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    UNSEEN_WRITES.has(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        },
  ),
})

/**
 * Every request that may write empties this process's cache again once it has been answered (what
 * it read before the commit). Other processes learn of the write from the hooks' shared bump.
 */
export const invalidateAfterWrites =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      res.once('finish', () => bumpLocalGeneration(payload))
    }
    next()
  }

/** A kept answer; only 200s are kept, so the status is not. */
type Entry = {
  generation: string
  expires: number
  headers: [string, string][]
  body: Buffer
}

const send = (res: ExpressResponse, { headers, body }: Pick<Entry, 'headers' | 'body'>) => {
  res.status(200)
  for (const [name, value] of headers) res.setHeader(name, value)
  res.end(body)
}

export type ResponseCacheOptions = {
  /** Longest life of an entry; 0 turns the cache off. */
  seconds: number
  /** Memory the bodies may take together; the least recently used go first. */
  maxBytes?: number
  /** Larger answers (a big list, a file) are never kept. */
  maxEntryBytes?: number
}

const wantsFresh = (req: Request): boolean =>
  /\bno-(cache|store)\b/i.test(req.get('cache-control') ?? '') ||
  /\bno-cache\b/i.test(req.get('pragma') ?? '')

/**
 * Answers `/api/*` through `handle` (Payload's REST handler), from memory where it may. Mounted
 * last before Payload, after everything that sets headers or refuses requests.
 */
export const cachedResponses = (
  payload: Payload,
  handle: (req: Request) => Promise<Response>,
  { seconds, maxBytes = 32 * 1024 * 1024, maxEntryBytes = 512 * 1024 }: ResponseCacheOptions,
): RequestHandler => {
  const entries = new Map<string, Entry>()
  let bytes = 0
  const drop = (key: string, entry: Entry) => {
    entries.delete(key)
    bytes -= entry.body.length
  }
  const prefix = payload.config.cookiePrefix
  const tokenCookie = `${prefix || 'payload'}-token`
  const languageCookie = languageCookieName(prefix)

  return async (req, res) => {
    const anonymous =
      !req.get('authorization') && cookieValue(req.headers.cookie, tokenCookie) === undefined
    if (req.method !== 'GET' || seconds <= 0 || !anonymous) {
      await sendFetchResponse(res, await handle(req))
      return
    }
    const key = [
      req.originalUrl,
      req.get('origin') ?? '',
      cookieValue(req.headers.cookie, languageCookie) ?? '',
    ].join('\n')
    const now = Date.now()
    const current = await currentGeneration(payload)
    const cached = entries.get(key)
    if (cached && (cached.generation !== current || cached.expires <= now)) drop(key, cached)
    else if (cached && !wantsFresh(req)) {
      // Most recently used last, so that eviction takes the first.
      entries.delete(key)
      entries.set(key, cached)
      res.setHeader('X-Cache', 'hit')
      send(res, cached)
      return
    }

    const response = await handle(req)
    const length = Number(response.headers.get('content-length') ?? 0)
    const storable =
      response.status === 200 &&
      response.headers.get('content-type')?.startsWith('application/json') === true &&
      !response.headers.has('set-cookie') &&
      length <= maxEntryBytes
    res.setHeader('X-Cache', 'miss')
    if (!storable) {
      await sendFetchResponse(res, response)
      return
    }
    const body = Buffer.from(await response.arrayBuffer())
    const headers: [string, string][] = []
    response.headers.forEach((value, name) => {
      if (name !== 'content-length') headers.push([name, value])
    })
    // Written to while this was read: the answer may be older than the data.
    if (body.length <= maxEntryBytes && (await currentGeneration(payload)) === current) {
      const stale = entries.get(key)
      if (stale) drop(key, stale)
      entries.set(key, { generation: current, expires: now + seconds * 1000, headers, body })
      bytes += body.length
      for (const [oldest, entry] of entries) {
        if (bytes <= maxBytes) break
        drop(oldest, entry)
      }
    }
    send(res, { headers, body })
  }
}
