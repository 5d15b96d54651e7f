import { Router } from 'express'
import type { Payload } from 'payload'

import { idOf } from '../../ids.js'
import { HttpError } from '../errors.js'
import { requestLocale } from '../requestContext.js'

/**
 * GET /api/saved-lists/shared/:token: a shared list, read-only, for anyone with the link. Items are
 * read as an anonymous visitor would read them, so a draft or a withdrawn item never shows; the
 * owner is not named.
 */
export const savedListsRouter = (payload: Payload): Router =>
  Router().get('/api/saved-lists/shared/:token', async (req, res) => {
    const { token } = req.params
    const locale = requestLocale(req)
    const notFound = new HttpError(404, 'No list is shared at this address.')
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) throw notFound
    const list = (
      await payload.find({
        collection: 'saved-lists',
        where: { and: [{ shareToken: { equals: token } }, { shared: { equals: true } }] },
        overrideAccess: true,
        depth: 0,
        limit: 1,
      })
    ).docs[0]
    if (!list) throw notFound
    const items = []
    for (const row of list.items ?? []) {
      const doc = (await payload.findByID({
        collection: row.item.relationTo,
        id: idOf(row.item.value)!,
        overrideAccess: false,
        draft: false,
        locale,
        depth: 0,
        disableErrors: true,
      })) as { id: number | string; title?: string; slug?: string; _status?: string } | null
      if (!doc || (doc._status && doc._status !== 'published')) continue
      items.push({
        collection: row.item.relationTo,
        id: doc.id,
        title: doc.title ?? null,
        slug: doc.slug ?? null,
        note: row.note ?? null,
      })
    }
    res.json({ name: list.name, updatedAt: list.updatedAt, items })
  })
