import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import type { DocumentLoader } from '@digitalbazaar/vc'
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list'

import type { IssuerKey } from './key.js'

/** Signs with a Data Integrity proof, cryptosuite eddsa-rdfc-2022. */
export const sign = (
  credential: Record<string, unknown>,
  key: IssuerKey,
  documentLoader: DocumentLoader,
): Promise<Record<string, unknown>> =>
  vc.issue({
    credential,
    suite: new DataIntegrityProof({ signer: key.keyPair.signer(), cryptosuite }),
    documentLoader,
  })

export type CheckId = 'proof' | 'status' | 'expiry' | 'issuerKey'
export type Check = { check: CheckId; valid: boolean; message: string }

const verifySuite = () => new DataIntegrityProof({ cryptosuite })

type Credential = {
  issuer?: unknown
  validFrom?: unknown
  validUntil?: unknown
  proof?: unknown
  credentialStatus?: unknown
}

const issuerIdOf = (credential: Credential): unknown =>
  typeof credential.issuer === 'object' && credential.issuer !== null
    ? (credential.issuer as { id?: unknown }).id
    : credential.issuer

const proofsOf = (
  credential: Credential,
): { verificationMethod?: unknown; cryptosuite?: unknown }[] =>
  (Array.isArray(credential.proof) ? credential.proof : [credential.proof]).filter(
    (p): p is { verificationMethod?: unknown } => typeof p === 'object' && p !== null,
  )

const firstMessage = (error: unknown): string => {
  const e = error as { message?: string; errors?: { message?: string }[] } | undefined
  return e?.errors?.[0]?.message ?? e?.message ?? 'not verified'
}

/** A date a credential names, or null when absent; NaN marks one that is not a date. */
const dateOf = (value: unknown): number | null =>
  value === undefined ? null : typeof value === 'string' ? Date.parse(value) : NaN

/** The issuer key check: issued by this server's DID, signed with its key. */
export const checkIssuerKey = (credential: Credential, key: IssuerKey): Check => {
  const issuer = issuerIdOf(credential)
  if (issuer !== key.did) {
    return {
      check: 'issuerKey',
      valid: false,
      message: `The issuer ${String(issuer)} is not ${key.did}.`,
    }
  }
  const methods = proofsOf(credential).map((p) => p.verificationMethod)
  const valid = methods.length > 0 && methods.every((m) => m === key.keyId)
  return {
    check: 'issuerKey',
    valid,
    message: valid
      ? `Signed with the issuer's published key ${key.keyId}.`
      : `The proof names ${methods.map(String).join(', ') || 'no key'}, not the issuer's key ${key.keyId}.`,
  }
}

export const checkExpiry = (credential: Credential, now: Date): Check => {
  const from = dateOf(credential.validFrom)
  const until = dateOf(credential.validUntil)
  if (Number.isNaN(from) || Number.isNaN(until)) {
    return { check: 'expiry', valid: false, message: 'validFrom or validUntil is not a date.' }
  }
  if (from !== null && from > now.getTime()) {
    return {
      check: 'expiry',
      valid: false,
      message: `Not valid before ${String(credential.validFrom)}.`,
    }
  }
  if (until !== null && until <= now.getTime()) {
    return {
      check: 'expiry',
      valid: false,
      message: `Expired at ${String(credential.validUntil)}.`,
    }
  }
  return {
    check: 'expiry',
    valid: true,
    message: until === null ? 'Does not expire.' : `Valid until ${String(credential.validUntil)}.`,
  }
}

/**
 * The signature over the whole credential. Dates are checked apart (checkExpiry), so the library
 * is asked as of the credential's own validFrom, and status apart too (checkRevocation).
 */
export const checkProof = async (
  credential: Credential,
  documentLoader: DocumentLoader,
): Promise<Check> => {
  const from = dateOf(credential.validFrom)
  const result = await vc.verifyCredential({
    credential,
    suite: verifySuite(),
    documentLoader,
    checkStatus: async () => ({ verified: true }),
    ...(from !== null && !Number.isNaN(from) ? { now: new Date(from) } : {}),
  })
  return result.verified
    ? { check: 'proof', valid: true, message: 'The eddsa-rdfc-2022 proof is valid.' }
    : {
        check: 'proof',
        valid: false,
        message: `The proof does not verify: ${firstMessage(result.error)}`,
      }
}

/** The Bitstring Status List entry: the list is loaded, its own proof verified, the bit read. */
export const checkRevocation = async (
  credential: Credential,
  documentLoader: DocumentLoader,
): Promise<Check> => {
  if (!credential.credentialStatus) {
    return { check: 'status', valid: false, message: 'The credential has no credentialStatus.' }
  }
  const result = await checkStatus({
    credential,
    documentLoader,
    suite: verifySuite(),
    verifyBitstringStatusListCredential: true,
    verifyMatchingIssuers: true,
  })
  if (result.error || !result.verified) {
    return {
      check: 'status',
      valid: false,
      message: `The status could not be checked: ${firstMessage(result.error)}`,
    }
  }
  const revoked = (result.results ?? []).some((r) => r.status === true)
  return revoked
    ? { check: 'status', valid: false, message: 'Revoked by the issuer.' }
    : { check: 'status', valid: true, message: 'Not revoked.' }
}
