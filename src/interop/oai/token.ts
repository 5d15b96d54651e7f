import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

/** Where a list request stands: its arguments and the last record already sent. */
export type ListState = {
  metadataPrefix: string
  set?: string
  from?: string
  until?: string
  /** How many records earlier pages held. */
  cursor: number
  /** Sort key of the last record sent: datestamp (ms), collection, id. */
  after: [number, string, string]
}

const stateSchema = z
  .object({
    metadataPrefix: z.string().regex(/^[a-z_]{1,20}$/),
    set: z
      .string()
      .regex(/^[a-z0-9:-]{1,60}$/)
      .optional(),
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/)
      .optional(),
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/)
      .optional(),
    cursor: z.number().int().min(0).max(1e9),
    after: z.tuple([
      z.number().int().min(0),
      z.string().regex(/^[a-z-]{1,40}$/),
      z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    ]),
  })
  .strict()

const sign = (body: string, secret: string): string =>
  createHmac('sha256', secret).update(`oai-token:${body}`).digest('base64url').slice(0, 22)

/** An opaque, signed token: a harvester cannot forge or edit one into another query. */
export const encodeToken = (state: ListState, secret: string): string => {
  const body = Buffer.from(JSON.stringify(state)).toString('base64url')
  return `${body}.${sign(body, secret)}`
}

/** The state a token carries, or null for anything this server did not issue unchanged. */
export const decodeToken = (token: string, secret: string): ListState | null => {
  if (token.length > 1000) return null
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return null
  const [, body = '', signature = ''] = match
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const parsed = stateSchema.safeParse(
      JSON.parse(Buffer.from(body, 'base64url').toString('utf8')),
    )
    return parsed.success ? (parsed.data as ListState) : null
  } catch {
    return null
  }
}
