import { Router } from 'express'
import type { Payload } from 'payload'

import { isEditor } from '../../access/roles.js'
import { idKey, parseId } from '../../ids.js'
import { HttpError } from '../errors.js'
import { requireUser } from '../requestContext.js'

/**
 * GET /api/trainings/:id/participants: the training's trainers (and editors) see who registered,
 * by name, in seat and waitlist order. Teachers' profiles are otherwise private, so this is the
 * one place a trainer learns their participants' names.
 */
export const trainingsRouter = (payload: Payload): Router =>
  Router().get('/api/trainings/:training/participants', async (req, res) => {
    const user = await requireUser(payload, req)
    const id = parseId(payload, req.params.training, 'training')
    const training = await payload.findByID({
      collection: 'trainings',
      id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!training) throw new HttpError(404, 'No such training.')
    const trains = (training.trainers ?? []).some((t) => idKey(t) === String(user.id))
    if (!trains && !isEditor(user)) {
      throw new HttpError(403, "Only this training's trainers see its participants.")
    }
    const { docs } = await payload.find({
      collection: 'training-registrations',
      where: { training: { equals: id } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      limit: 0,
      sort: 'queuedAt',
    })
    const teacherIds = docs.map((r) => r.teacher as number | string)
    const names = new Map(
      (
        await payload.find({
          collection: 'users',
          where: { id: { in: teacherIds.length ? teacherIds : [0] } },
          overrideAccess: true,
          depth: 0,
          pagination: false,
          limit: 0,
          select: { name: true },
        })
      ).docs.map((u) => [String(u.id), (u as { name?: string }).name ?? null]),
    )
    const order = { confirmed: 0, waitlisted: 1, cancelled: 2 } as Record<string, number>
    const participants = docs
      .map((r) => ({
        registration: r.id,
        name: names.get(String(r.teacher)) ?? null,
        status: r.status as string,
        seat: (r.seat as number | null) ?? null,
        attended: Boolean(r.attended),
        completed: Boolean(r.completed),
      }))
      .sort((a, b) => order[a.status]! - order[b.status]! || (a.seat ?? 0) - (b.seat ?? 0))
    res.json({ training: id, participants })
  })
