import type { Payload, TypedUser } from 'payload'

import type { CredentialRow } from './issue.js'

/** The portal's public verification page, under the teacher's language. */
export const verifyPagePath = (locale = 'fi'): string => `/${locale}/credentials/verify`

export type CredentialListItem = {
  id: CredentialRow['id']
  credentialId: string
  name: string
  training: CredentialRow['training']
  issuedAt: string
  revoked: boolean
  revokedAt: string | null
  downloads: { json: string; svg: string; png: string }
  verify: string
}

/** What the earner's list shows of a credential: for /api/me/credentials and /fi/me alike. */
export const toListItem = (doc: CredentialRow, locale = 'fi'): CredentialListItem => ({
  id: doc.id,
  credentialId: doc.credentialId,
  name: doc.name,
  training: doc.training,
  issuedAt: doc.issuedAt,
  revoked: Boolean(doc.revoked),
  revokedAt: doc.revokedAt ?? null,
  downloads: {
    json: `/api/me/credentials/${doc.id}/credential.json`,
    svg: `/api/me/credentials/${doc.id}/badge.svg`,
    png: `/api/me/credentials/${doc.id}/badge.png`,
  },
  verify: verifyPagePath(locale),
})

/** The user's own credentials, newest first, read through the collection's access rule. */
export const ownCredentials = async (
  payload: Payload,
  user: TypedUser,
  where: Record<string, unknown> = {},
): Promise<CredentialRow[]> =>
  (
    await payload.find({
      collection: 'credentials',
      where: { and: [{ teacher: { equals: user.id } }, where] } as never,
      user,
      overrideAccess: false,
      depth: 0,
      sort: '-issuedAt',
      pagination: false,
      limit: 0,
    })
  ).docs as unknown as CredentialRow[]
