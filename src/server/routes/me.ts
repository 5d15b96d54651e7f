import express, { Router } from 'express'
import type { Payload } from 'payload'

import { describeLevels } from '../../competence/levels.js'
import {
  historyFor,
  loadCompetences,
  loadOwnAssessments,
  recommendationsFor,
  toAssessment,
} from '../../competence/load.js'
import { cancel, register, waitlistPosition } from '../../competence/registrations.js'
import { parseId } from '../../ids.js'
import { requestLocale, requireUser } from '../requestContext.js'
import { feedPath } from './calendar.js'

const json = express.json({ limit: '10kb' })

/**
 * The signed-in teacher's own competence data: recommendations, history, export and erasure of
 * their self-assessments, and training registration. Everything here acts for the caller only.
 */
export const meRouter = (payload: Payload): Router => {
  const router = Router()

  router.get('/api/me/recommendations', async (req, res) => {
    const user = await requireUser(payload, req)
    res.json(await recommendationsFor(payload, user, requestLocale(req)))
  })

  router.get('/api/me/levels', (req, res) => {
    res.json({ levels: describeLevels(requestLocale(req)) })
  })

  /** Progress over time and trainings taken, attendance included. */
  router.get('/api/me/history', async (req, res) => {
    const user = await requireUser(payload, req)
    res.json(await historyFor(payload, user, requestLocale(req)))
  })

  /** Everything stored about the caller's self-assessment, as a JSON download. */
  router.get('/api/me/assessment-data', async (req, res) => {
    const user = await requireUser(payload, req)
    const competences = await loadCompetences(payload, requestLocale(req))
    const assessments = await loadOwnAssessments(payload, user)
    res.attachment('self-assessments.json')
    res.json({
      exportedAt: new Date().toISOString(),
      teacher: { id: user.id },
      assessments: assessments.map((a) => ({
        id: a.id,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        note: a.note ?? null,
        answers: toAssessment(a).answers.map((ans) => ({
          competence: competences.get(String(ans.competence))?.code ?? null,
          name: competences.get(String(ans.competence))?.name ?? null,
          level: ans.level,
        })),
      })),
    })
  })

  /** Erases every self-assessment of the caller, and only theirs. */
  router.delete('/api/me/assessment-data', async (req, res) => {
    const user = await requireUser(payload, req)
    const { docs, errors } = await payload.delete({
      collection: 'self-assessments',
      where: { teacher: { equals: user.id } },
      user,
      overrideAccess: false,
      depth: 0,
    })
    if (errors.length) throw new Error(`could not delete ${errors.length} self-assessments`)
    res.json({ deleted: docs.length })
  })

  router.post('/api/me/registrations', json, async (req, res) => {
    const user = await requireUser(payload, req)
    const training = parseId(
      payload,
      (req.body as { training?: unknown } | undefined)?.training,
      'training',
    )
    const registration = await register(payload, training, user)
    res.status(201).json({
      id: registration.id,
      training,
      status: registration.status,
      waitlistPosition: await waitlistPosition(payload, registration),
    })
  })

  router.delete('/api/me/registrations/:training', async (req, res) => {
    const user = await requireUser(payload, req)
    const { registration } = await cancel(
      payload,
      parseId(payload, req.params.training, 'training'),
      user,
    )
    res.json({ id: registration.id, status: registration.status })
  })

  /** A private subscription address for the caller's own training calendar. */
  router.get('/api/me/calendar-link', async (req, res) => {
    const user = await requireUser(payload, req)
    res.json({ path: feedPath(payload, user.id) })
  })

  return router
}
