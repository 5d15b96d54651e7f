import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

const first = (value: string | undefined): string | undefined => value?.split(',')[0]?.trim()

/** The public URL of a request, as the client saw it behind a proxy. */
export const publicUrl = (req: ExpressRequest): URL => {
  const proto = first(req.get('x-forwarded-proto')) ?? req.protocol
  const host = first(req.get('x-forwarded-host')) ?? req.get('host') ?? 'localhost'
  return new URL(req.originalUrl, `${proto}://${host}`)
}

/**
 * An Express request as a Fetch `Request`, body unread: Payload parses the raw stream itself, which
 * is why nothing in front of `/api/*` may touch the body.
 */
export const toFetchRequest = (req: ExpressRequest): Request => {
  const headers = new Headers()
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(publicUrl(req), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Required by Node's fetch for a streamed request body.
    duplex: 'half',
  } as RequestInit)
}

/** Streams a Fetch `Response` back through Express, keeping every Set-Cookie header. */
export const sendFetchResponse = async (
  res: ExpressResponse,
  response: Response,
): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as WebReadableStream), res)
}
