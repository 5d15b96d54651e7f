import type { Payload, TypedUser } from 'payload'

import { DomainError } from '../errors.js'
import { idOf, type Id } from '../ids.js'
import type { Training, TrainingRegistration } from '../payload-types.js'
import { freeSeats, registrationOpen, waitlistOrder } from './waitlist.js'

/**
 * Registration and cancellation: the only writers of training-registrations. Correctness under
 * parallel requests comes from the database, not from timing: a confirmed row holds a seat number
 * and (training, seat) is unique, so two requests that pick the same free seat cannot both win;
 * the loser reads again and takes the next seat or the waitlist. The same holds on SQLite (no
 * transactions in Payload's adapter) and PostgreSQL.
 */

/** Registrations are read at depth 0 here: `training` and `teacher` are ids. */
export type Registration = TrainingRegistration

const COLLECTION = 'training-registrations'
const system = { overrideAccess: true, depth: 0 } as const

/**
 * Payload turns a unique-index violation into a ValidationError whose message is translated, so
 * the message cannot tell it apart; a re-read of the seat can: it is taken when someone holds it.
 */
const isValidationError = (err: unknown): boolean =>
  (err as { name?: string })?.name === 'ValidationError'

const seatTaken = async (payload: Payload, training: Id, seat: number | null | undefined) =>
  seat != null &&
  (await activeRows(payload, training)).some((r) => r.status === 'confirmed' && r.seat === seat)

const activeRows = async (payload: Payload, training: Id): Promise<Registration[]> =>
  (
    await payload.find({
      ...system,
      collection: COLLECTION,
      where: {
        and: [{ training: { equals: training } }, { status: { in: ['confirmed', 'waitlisted'] } }],
      },
      pagination: false,
      limit: 0,
    })
  ).docs

const ownRow = async (payload: Payload, training: Id, teacher: Id) =>
  (
    await payload.find({
      ...system,
      collection: COLLECTION,
      where: { and: [{ training: { equals: training } }, { teacher: { equals: teacher } }] },
      limit: 1,
    })
  ).docs[0]

/** A published training the caller may read, or a 404. */
export const publishedTraining = async (payload: Payload, id: Id): Promise<Training> => {
  const training = await payload.findByID({
    collection: 'trainings',
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!training || training._status !== 'published')
    throw new DomainError('not-found', 'No such training.')
  return training
}

/**
 * Gives waitlisted registrations the free seats, first come first served, until either runs out.
 * Safe to run from several requests at once: a seat another request just filled fails the unique
 * index and the loop looks again.
 */
export const fillFreeSeats = async (payload: Payload, training: Training): Promise<Id[]> => {
  const promoted: Id[] = []
  for (let attempt = 0; attempt < training.capacity + 20; attempt++) {
    const rows = await activeRows(payload, training.id)
    const free = freeSeats(
      training.capacity,
      rows.filter((r) => r.status === 'confirmed').map((r) => r.seat),
    )
    const next = waitlistOrder(rows.filter((r) => r.status === 'waitlisted'))[0]
    if (!free.length || !next) return promoted
    try {
      await payload.update({
        ...system,
        collection: COLLECTION,
        id: next.id,
        data: { status: 'confirmed', seat: free[0] },
      })
      promoted.push(next.id)
    } catch (err) {
      if (!isValidationError(err) || !(await seatTaken(payload, training.id, free[0]))) throw err
    }
  }
  return promoted
}

export const register = async (
  payload: Payload,
  trainingId: Id,
  user: TypedUser,
  now = new Date(),
): Promise<Registration> => {
  const training = await publishedTraining(payload, trainingId)
  if (!registrationOpen(training.registrationDeadline, now)) {
    throw new DomainError('conflict', 'Registration for this training has closed.')
  }
  const alreadyRegistered = () =>
    new DomainError('conflict', 'You are already registered for this training.', 'training')
  const existing = await ownRow(payload, training.id, user.id)
  if (existing && existing.status !== 'cancelled') throw alreadyRegistered()

  for (let attempt = 0; attempt < training.capacity + 20; attempt++) {
    const rows = await activeRows(payload, training.id)
    const free = freeSeats(
      training.capacity,
      rows.filter((r) => r.status === 'confirmed').map((r) => r.seat),
    )
    const waiting = rows.some((r) => r.status === 'waitlisted')
    if (free.length && waiting) {
      // Seats freed by a raised capacity go to those already waiting, not to a newcomer.
      await fillFreeSeats(payload, training)
      continue
    }
    const place = free.length
      ? { status: 'confirmed' as const, seat: free[0] }
      : { status: 'waitlisted' as const, seat: null }
    const data = { ...place, queuedAt: now.toISOString(), cancelledAt: null, attended: false }
    try {
      const doc = existing
        ? await payload.update({ ...system, collection: COLLECTION, id: existing.id, data })
        : await payload.create({
            ...system,
            collection: COLLECTION,
            data: { ...data, training: training.id, teacher: user.id },
          })
      return doc
    } catch (err) {
      if (!isValidationError(err)) throw err
      // Either a parallel request of this teacher registered first, or someone took the seat.
      const mine = await ownRow(payload, training.id, user.id)
      if (mine && mine.status !== 'cancelled' && (!existing || mine.id !== existing.id)) {
        throw alreadyRegistered()
      }
      if (mine && existing && mine.status !== 'cancelled') throw alreadyRegistered()
      if (!(await seatTaken(payload, training.id, place.seat))) throw err
    }
  }
  throw new DomainError('busy', 'Registration is very busy right now; please try again.')
}

export const cancel = async (
  payload: Payload,
  trainingId: Id,
  user: TypedUser,
  now = new Date(),
): Promise<{ registration: Registration; promoted: Id[] }> => {
  const row = await ownRow(payload, trainingId, user.id)
  if (!row || row.status === 'cancelled') {
    throw new DomainError('not-found', 'You have no registration for this training.')
  }
  const registration = await payload.update({
    ...system,
    collection: COLLECTION,
    id: row.id,
    data: { status: 'cancelled', seat: null, cancelledAt: now.toISOString() },
  })
  const training = await payload.findByID({
    ...system,
    collection: 'trainings',
    id: trainingId,
    draft: false,
  })
  const promoted = row.status === 'confirmed' ? await fillFreeSeats(payload, training) : []
  return { registration, promoted }
}

/** Where a waitlisted registration stands in line (1 = next), or null when not waitlisted. */
export const waitlistPosition = async (
  payload: Payload,
  registration: Registration,
): Promise<number | null> => {
  if (registration.status !== 'waitlisted') return null
  const rows = await activeRows(payload, idOf(registration.training)!)
  const line = waitlistOrder(rows.filter((r) => r.status === 'waitlisted'))
  const index = line.findIndex((r) => String(r.id) === String(registration.id))
  return index < 0 ? null : index + 1
}
