import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { isLevel, type Level } from '../competence/levels.js'
import { idKey } from '../ids.js'
import { env } from '../env.js'
import { LOCALES, type Locale } from '../localization.js'
import { buildCredential, type AlignmentInput, type Tri } from './build.js'
import { hashedEmail, newSalt } from './identity.js'
import { ISSUER_NAME, issuerDocumentLoader, issuerKey } from './issuer.js'
import { sign } from './proofs.js'
import { randomStatusIndex, statusListUrlOf } from './statusList.js'

type Id = number | string
type Localized = Partial<Record<Locale, string | null>> | string | null | undefined

export type CredentialRow = {
  id: Id
  credentialId: string
  name: string
  teacher: Id
  training: Id
  registration: Id
  statusIndex: number
  issuedAt: string
  document: Record<string, unknown>
  revoked?: boolean | null
  revokedAt?: string | null
}

/** A localized field read with `locale: 'all'`, Finnish standing in for a missing language. */
const tri = (value: Localized): Tri => {
  const all = typeof value === 'string' ? { fi: value } : (value ?? {})
  const fi = all.fi ?? all.en ?? all.sv ?? ''
  return Object.fromEntries(LOCALES.map((l) => [l, all[l] || fi])) as Tri
}

type Training = {
  id: Id
  title?: Localized
  description?: Localized
  competenceAreas?: unknown[] | null
  targetLevel?: string | null
  targetLevels?: { competence?: unknown; level?: string | null }[] | null
  sessions?: { start: string; end: string }[] | null
  placeKind?: string | null
}

const system = { overrideAccess: true, depth: 0 } as const

/** The credential of a registration, if one was issued. */
export const credentialOfRegistration = async (
  payload: Payload,
  registration: Id,
  req?: PayloadRequest,
): Promise<CredentialRow | undefined> =>
  (
    await payload.find({
      ...system,
      collection: 'credentials',
      where: { registration: { equals: registration } },
      limit: 1,
      req,
    })
  ).docs[0] as unknown as CredentialRow | undefined

const isUniqueViolation = (err: unknown): boolean =>
  (err as { name?: string })?.name === 'ValidationError'

/**
 * Issues the OpenBadgeCredential for a completed registration, once: a second call answers the
 * credential already issued. The status index is drawn at random; a collision with another
 * credential fails the unique index and draws again.
 */
export const issueCredential = async (
  payload: Payload,
  registration: { id: Id; training: unknown; teacher: unknown },
  options: { req?: PayloadRequest; now?: Date } = {},
): Promise<CredentialRow> => {
  const { req } = options
  const existing = await credentialOfRegistration(payload, registration.id, req)
  if (existing) return existing
  const now = options.now ?? new Date()
  const { serverUrl } = env()
  const base = serverUrl.replace(/\/+$/, '')
  const training = (await payload.findByID({
    ...system,
    collection: 'trainings',
    id: idKey(registration.training as never)!,
    locale: 'all',
    draft: false,
    req,
  })) as unknown as Training
  const teacher = (await payload.findByID({
    ...system,
    collection: 'users',
    id: idKey(registration.teacher as never)!,
    req,
  })) as unknown as { id: Id; email: string }
  const areaIds = (training.competenceAreas ?? []).map((a) => idKey(a as never)!)
  const areas = areaIds.length
    ? ((
        await payload.find({
          ...system,
          collection: 'competence-areas',
          where: { id: { in: areaIds } },
          locale: 'all',
          pagination: false,
          limit: 0,
          req,
        })
      ).docs as unknown as { id: Id; code: string; name?: Localized }[])
    : []
  const levelOf = (area: Id): Level | null => {
    const specific = training.targetLevels?.find(
      (t) => idKey(t.competence as never) === String(area),
    )
    const level = specific?.level ?? training.targetLevel
    return isLevel(level) ? level : null
  }
  const alignments: AlignmentInput[] = areas
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((a) => ({
      code: a.code,
      name: tri(a.name),
      url: `${base}/api/competence-areas/${a.id}`,
      level: levelOf(a.id),
    }))
  const title = tri(training.title)
  const key = await issuerKey()
  const loader = await issuerDocumentLoader(payload)

  for (let attempt = 0; ; attempt++) {
    const statusIndex = randomStatusIndex()
    const credentialId = `urn:uuid:${randomUUID()}`
    const unsigned = buildCredential({
      id: credentialId,
      issuer: { id: key.did, name: ISSUER_NAME, url: base },
      validFrom: now.toISOString(),
      recipient: hashedEmail(teacher.email, newSalt()),
      achievement: {
        id: `${base}/api/trainings/${training.id}`,
        name: title,
        description: tri(training.description),
        alignments,
      },
      evidence: (training.sessions ?? []).map((s, i) => ({
        name: `${title.fi} – ${i + 1}/${training.sessions!.length}`,
        description: `${s.start} – ${s.end}`,
      })),
      status: { listUrl: statusListUrlOf(serverUrl), index: statusIndex },
    })
    const document = await sign(unsigned, key, loader)
    try {
      return (await payload.create({
        ...system,
        collection: 'credentials',
        data: {
          credentialId,
          name: title.fi,
          teacher: teacher.id,
          training: training.id,
          registration: registration.id,
          statusIndex,
          issuedAt: now.toISOString(),
          document,
        } as never,
        req,
      })) as unknown as CredentialRow
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 20) throw err
      // The registration's own credential, written by a parallel request, wins.
      const raced = await credentialOfRegistration(payload, registration.id, req)
      if (raced) return raced
    }
  }
}
