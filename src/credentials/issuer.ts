import type { Payload } from 'payload'

import { env } from '../env.js'
import { documentLoaderOf } from './contexts.js'
import { didDocumentOf, issuerKeyFrom, verificationMethodOf, type IssuerKey } from './key.js'
import { sign } from './proofs.js'
import { buildStatusListCredential, statusListUrlOf } from './statusList.js'

/** The issuer profile every credential names: the city's education division. */
export const ISSUER_NAME = 'Helsingin kaupunki, kasvatuksen ja koulutuksen toimiala'

let cachedKey: { source: string; key: Promise<IssuerKey> } | undefined

/** The signing key of the configured CREDENTIAL_SIGNING_KEY and SERVER_URL, derived once. */
export const issuerKey = (): Promise<IssuerKey> => {
  const { CREDENTIAL_SIGNING_KEY, serverUrl } = env()
  const source = `${CREDENTIAL_SIGNING_KEY} ${serverUrl}`
  if (cachedKey?.source !== source) {
    cachedKey = { source, key: issuerKeyFrom(CREDENTIAL_SIGNING_KEY, serverUrl) }
  }
  return cachedKey.key
}

/** Status-list indexes of the revoked credentials. */
const revokedIndexes = async (payload: Payload): Promise<number[]> =>
  (
    await payload.find({
      collection: 'credentials',
      where: { revoked: { equals: true } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      limit: 0,
      select: { statusIndex: true },
    })
  ).docs
    .map((d) => (d as { statusIndex?: number }).statusIndex)
    .filter((i): i is number => typeof i === 'number')
    .sort((a, b) => a - b)

let cachedList: { fingerprint: string; list: Promise<Record<string, unknown>> } | undefined

/**
 * The signed revocation list. It is re-signed only when the set of revoked indexes changes, and
 * its validFrom is the signing time.
 */
export const signedStatusList = async (payload: Payload): Promise<Record<string, unknown>> => {
  const key = await issuerKey()
  const url = statusListUrlOf(env().serverUrl)
  const revoked = await revokedIndexes(payload)
  const fingerprint = `${key.keyId} ${url} ${revoked.join(',')}`
  if (cachedList?.fingerprint !== fingerprint) {
    const list = (async () =>
      sign(
        await buildStatusListCredential({
          url,
          issuer: key.did,
          validFrom: new Date().toISOString(),
          revoked,
        }),
        key,
        documentLoaderOf(ownDocuments(key)),
      ))()
    cachedList = { fingerprint, list }
    // A failed signing must not stay cached.
    list.catch(() => {
      if (cachedList?.list === list) cachedList = undefined
    })
  }
  return cachedList.list
}

/** The issuer's DID document and key, answered from the key itself (never fetched). */
const ownDocuments = (key: IssuerKey) => (url: string) => {
  if (url === key.did) return didDocumentOf(key)
  if (url === key.keyId) {
    return { '@context': 'https://w3id.org/security/multikey/v1', ...verificationMethodOf(key) }
  }
  return undefined
}

/** The server's own loader: bundled contexts, its DID and key, and its status list from the database. */
export const issuerDocumentLoader = async (payload: Payload) => {
  const key = await issuerKey()
  const own = ownDocuments(key)
  const listUrl = statusListUrlOf(env().serverUrl)
  return documentLoaderOf((url) => (url === listUrl ? signedStatusList(payload) : own(url)))
}
