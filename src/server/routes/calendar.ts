import { createHmac, timingSafeEqual } from 'node:crypto'

import { Router, type Response } from 'express'
import ical, { ICalEventStatus } from 'ical-generator'
import type { Payload, Where } from 'payload'

import { formatAddress } from '../../fields/address.js'
import { idOf, isValidId, type Id } from '../../ids.js'
import { messagesFor } from '../../i18n/messages/index.js'
import type { Locale } from '../../localization.js'
import type { Training } from '../../payload-types.js'
import { HttpError } from '../errors.js'
import { requestLocale, requireUser } from '../requestContext.js'

/**
 * Calendar feeds built with ical-generator: one training, all published trainings (optionally of
 * one competence area), and a teacher's own registrations. Calendar apps cannot send a token, so
 * the teacher's feed also has a private address signed with the server secret.
 */
const signature = (payload: Payload, userId: Id): string =>
  createHmac('sha256', payload.secret).update(`calendar:${userId}`).digest('base64url').slice(0, 32)

export const feedPath = (payload: Payload, userId: Id): string =>
  `/api/calendar/teachers/${userId}/${signature(payload, userId)}.ics`

const placeOf = (t: Training): string | null => {
  if (t.placeKind === 'online') return t.onlineUrl ?? null
  if (t.placeKind === 'school' && typeof t.school === 'object') return t.school?.name ?? null
  const le = t.learningEnvironment
  if (t.placeKind === 'learning-environment' && le && typeof le === 'object') {
    return [le.title, formatAddress(le.address)].filter(Boolean).join(', ') || null
  }
  return null
}

const send = (
  res: Response,
  name: string,
  entries: { training: Training; status?: ICalEventStatus }[],
  baseUrl: string,
) => {
  const calendar = ical({ name, prodId: { company: 'Learning City', product: 'trainings' } })
  for (const { training, status } of entries) {
    ;(training.sessions ?? []).forEach((session, index) => {
      calendar.createEvent({
        id: `training-${training.id}-session-${index + 1}@learning-city`,
        start: new Date(session.start),
        end: new Date(session.end),
        summary: training.title ?? '',
        description: training.description ?? null,
        location: placeOf(training),
        url: baseUrl ? `${baseUrl}/api/calendar/trainings/${training.id}.ics` : null,
        status: status ?? ICalEventStatus.CONFIRMED,
      })
    })
  }
  res.type('text/calendar; charset=utf-8').send(calendar.toString())
}

export const calendarRouter = (payload: Payload): Router => {
  const router = Router()
  const baseUrl = payload.config.serverURL ?? ''

  const published = async (where: Where, locale: Locale) =>
    (
      await payload.find({
        collection: 'trainings',
        where: { and: [{ _status: { equals: 'published' } }, where] },
        draft: false,
        locale,
        depth: 1,
        pagination: false,
        limit: 0,
        sort: 'title',
      })
    ).docs

  const teacherFeed = async (res: Response, userId: Id, locale: Locale) => {
    const { docs } = await payload.find({
      collection: 'training-registrations',
      where: {
        and: [{ teacher: { equals: userId } }, { status: { in: ['confirmed', 'waitlisted'] } }],
      },
      depth: 0,
      pagination: false,
      limit: 0,
    })
    const status = new Map(docs.map((r) => [String(idOf(r.training)), r.status]))
    const trainings = status.size ? await published({ id: { in: [...status.keys()] } }, locale) : []
    send(
      res,
      messagesFor(locale).calendar.mine,
      trainings.map((training) => ({
        training,
        status:
          status.get(String(training.id)) === 'confirmed'
            ? ICalEventStatus.CONFIRMED
            : ICalEventStatus.TENTATIVE,
      })),
      baseUrl,
    )
  }

  router.get('/api/calendar/trainings.ics', async (req, res) => {
    const locale = requestLocale(req)
    const code = req.query.competence
    let where: Where = {}
    if (code !== undefined) {
      if (typeof code !== 'string' || !/^[A-Za-z0-9.-]{1,16}$/.test(code)) {
        throw new HttpError(
          400,
          'competence must be a competence code such as 3 or 3.3.',
          'competence',
        )
      }
      // An area (3) stands for itself and its competences (3.1 … 3.4).
      const { docs } = await payload.find({
        collection: 'competence-areas',
        where: { or: [{ code: { equals: code } }, { 'parent.code': { equals: code } }] },
        depth: 0,
        pagination: false,
        limit: 0,
      })
      where = { competenceAreas: { in: docs.length ? docs.map((d) => d.id) : [0] } }
    }
    send(
      res,
      messagesFor(locale).calendar.all,
      (await published(where, locale)).map((training) => ({ training })),
      baseUrl,
    )
  })

  router.get('/api/calendar/trainings/:id.ics', async (req, res) => {
    // Text ids too: MongoDB's are ObjectIds, which Number() turned into NaN and so a 404.
    const { id } = req.params
    if (!isValidId(payload, id, 'trainings')) throw new HttpError(404, 'No such training.')
    const locale = requestLocale(req)
    const [training] = await published({ id: { equals: id } }, locale)
    if (!training) throw new HttpError(404, 'No such training.')
    send(res, training.title ?? messagesFor(locale).calendar.one, [{ training }], baseUrl)
  })

  router.get('/api/calendar/me.ics', async (req, res) => {
    const user = await requireUser(payload, req)
    await teacherFeed(res, user.id, requestLocale(req))
  })

  router.get('/api/calendar/teachers/:id/:signature.ics', async (req, res) => {
    const expected = Buffer.from(signature(payload, req.params.id))
    const given = Buffer.from(req.params.signature)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpError(404, 'No such calendar.')
    }
    await teacherFeed(res, req.params.id, requestLocale(req))
  })

  return router
}
