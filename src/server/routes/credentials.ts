import express, { Router, type Request } from 'express'
import type { Payload, TypedUser } from 'payload'

import { bakePng, bakeSvg } from '../../credentials/bake.js'
import { OB_V3_CONTEXT } from '../../credentials/contexts.js'
import type { CredentialRow } from '../../credentials/issue.js'
import { ownCredentials, toListItem } from '../../credentials/list.js'
import { signedStatusList, issuerKey } from '../../credentials/issuer.js'
import { didDocumentOf } from '../../credentials/key.js'
import { STATUS_LIST_PATH } from '../../credentials/statusList.js'
import { submittedCredential, verifyCredential } from '../../credentials/verify.js'
import { env } from '../../env.js'
import { parseId } from '../../ids.js'
import { HttpError } from '../errors.js'
import { requireUser } from '../requestContext.js'

/** A credential of ours is about 5 KB; anything far larger is not one. */
const json = express.json({ limit: '64kb', type: ['application/json', 'application/*+json'] })

const own = async (payload: Payload, req: Request): Promise<CredentialRow> => {
  const user = await requireUser(payload, req)
  const doc = (await payload.findByID({
    collection: 'credentials',
    id: parseId(payload, req.params.id, 'credential'),
    user,
    overrideAccess: false,
    depth: 0,
    disableErrors: true,
  })) as unknown as CredentialRow | null
  if (!doc) throw new HttpError(404, 'No such credential.')
  return doc
}

const fileName = (doc: CredentialRow, ext: string) => `credential-${doc.id}.${ext}`

const intParam = (value: unknown, name: string, fallback: number, max: number): number => {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 0 || n > max) {
    throw new HttpError(400, `${name} must be a whole number from 0 to ${max}.`, name)
  }
  return n
}

/**
 * Open Badges 3.0 for national systems: the issuer's DID document and revocation list (public),
 * public verification, the earner's own list and downloads, and the read part of the 1EdTech
 * OB 3.0 API for the signed-in earner. Issuing happens on completion (collections/Credentials).
 */
export const credentialsRouter = (payload: Payload): Router => {
  const router = Router()

  router.get('/.well-known/did.json', async (_req, res) => {
    res.type('application/did+json').json(didDocumentOf(await issuerKey()))
  })

  router.get(STATUS_LIST_PATH, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.type('application/vc+ld+json').json(await signedStatusList(payload))
  })

  router.post('/api/credentials/verify', json, async (req, res) => {
    res.json(await verifyCredential(payload, submittedCredential(req.body)))
  })

  router.get('/api/me/credentials', async (req, res) => {
    const user = await requireUser(payload, req)
    const docs = await ownCredentials(payload, user)
    res.json({ credentials: docs.map((doc) => toListItem(doc)) })
  })

  router.get('/api/me/credentials/:id/credential.json', async (req, res) => {
    const doc = await own(payload, req)
    res.attachment(fileName(doc, 'json'))
    res.type('application/vc+ld+json').send(JSON.stringify(doc.document, null, 2))
  })

  router.get('/api/me/credentials/:id/badge.svg', async (req, res) => {
    const doc = await own(payload, req)
    res.attachment(fileName(doc, 'svg'))
    res.type('image/svg+xml').send(bakeSvg(doc.document, doc.name))
  })

  router.get('/api/me/credentials/:id/badge.png', async (req, res) => {
    const doc = await own(payload, req)
    res.attachment(fileName(doc, 'png'))
    res.type('image/png').send(await bakePng(doc.document, doc.name))
  })

  /** 1EdTech OB 3.0 API, getCredentials: the caller's credentials, newest first. */
  router.get('/ims/ob/v3p0/credentials', async (req, res) => {
    const user = await requireUser(payload, req)
    const limit = intParam(req.query.limit, 'limit', 100, 1000) || 100
    const offset = intParam(req.query.offset, 'offset', 0, 1_000_000)
    const since = req.query.since
    if (since !== undefined && (typeof since !== 'string' || Number.isNaN(Date.parse(since)))) {
      throw new HttpError(400, 'since must be an ISO 8601 date and time.', 'since')
    }
    const where = since ? { issuedAt: { greater_than_equal: new Date(since).toISOString() } } : {}
    const all = await ownCredentials(payload, user, where)
    res.setHeader('X-Total-Count', String(all.length))
    // The OB 3.0 API pages with RFC 8288 links; `next` only while there are more.
    const page = (at: number) => {
      const url = new URL('/ims/ob/v3p0/credentials', env().serverUrl)
      url.searchParams.set('limit', String(limit))
      url.searchParams.set('offset', String(at))
      if (since) url.searchParams.set('since', since as string)
      return url.href
    }
    const links = [`<${page(0)}>; rel="first"`]
    if (offset + limit < all.length) links.push(`<${page(offset + limit)}>; rel="next"`)
    links.push(`<${page(Math.max(0, Math.ceil(all.length / limit) - 1) * limit)}>; rel="last"`)
    res.setHeader('Link', links.join(', '))
    res.json({ credential: all.slice(offset, offset + limit).map((doc) => doc.document) })
  })

  /** 1EdTech OB 3.0 API, getProfile: the signed-in earner. */
  router.get('/ims/ob/v3p0/profile', async (req, res) => {
    const user = (await requireUser(payload, req)) as TypedUser & { name?: string; email: string }
    res.json({
      '@context': [OB_V3_CONTEXT],
      id: `${env().serverUrl.replace(/\/+$/, '')}/api/users/${user.id}`,
      type: ['Profile'],
      ...(user.name ? { name: user.name } : {}),
      email: user.email,
    })
  })

  return router
}
