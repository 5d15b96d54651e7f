import type { Payload } from 'payload'

import { HttpError } from '../server/errors.js'
import { BUNDLED_CONTEXTS, unresolvable, VC_V2_CONTEXT } from './contexts.js'
import { issuerDocumentLoader, issuerKey } from './issuer.js'
import { checkExpiry, checkIssuerKey, checkProof, checkRevocation, type Check } from './proofs.js'

/** Nesting deeper than any credential of ours goes is refused before JSON-LD sees it. */
const MAX_DEPTH = 32

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every `@context` anywhere in the document must name a bundled context by URL: an inline context
 * could `@import` a remote one, and an unknown URL would need the network. Refused here with 422,
 * so that verification never reaches out and bad input never becomes a 5xx.
 */
const assertContexts = (value: unknown, depth = 0): void => {
  if (depth > MAX_DEPTH) throw new HttpError(422, 'The credential is nested too deeply.')
  if (Array.isArray(value)) {
    for (const item of value) assertContexts(item, depth + 1)
    return
  }
  if (!isObject(value)) return
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context') {
      for (const context of Array.isArray(child) ? child : [child]) {
        if (typeof context !== 'string') {
          throw new HttpError(
            422,
            'Contexts must be given by URL; inline contexts are refused.',
            '@context',
          )
        }
        if (!BUNDLED_CONTEXTS.has(context))
          throw new HttpError(422, unresolvable(context).message, '@context')
      }
    } else {
      assertContexts(child, depth + 1)
    }
  }
}

/** The credential in a verify request: the body itself, or its `credential` member. */
export const submittedCredential = (body: unknown): Json => {
  const credential = isObject(body) && isObject(body.credential) ? body.credential : body
  if (!isObject(credential)) {
    throw new HttpError(400, 'Expected a verifiable credential: a JSON object.', 'credential')
  }
  const contexts = credential['@context']
  if (!Array.isArray(contexts) || contexts[0] !== VC_V2_CONTEXT) {
    throw new HttpError(422, `The first @context must be ${VC_V2_CONTEXT}.`, '@context')
  }
  assertContexts(credential)
  const types = credential.type
  if (!Array.isArray(types) || !types.includes('VerifiableCredential')) {
    throw new HttpError(422, 'The type must include VerifiableCredential.', 'type')
  }
  if (!credential.proof) throw new HttpError(422, 'The credential has no proof.', 'proof')
  return credential
}

export type Verification = { verified: boolean; checks: Check[] }

/** Runs every check, each on its own, so the answer names exactly the ones that failed. */
export const verifyCredential = async (
  payload: Payload,
  credential: Json,
  now = new Date(),
): Promise<Verification> => {
  const key = await issuerKey()
  const loader = await issuerDocumentLoader(payload)
  const guard = async (check: Check['check'], run: () => Promise<Check>): Promise<Check> => {
    try {
      return await run()
    } catch (err) {
      // A library that throws on odd input gives a failed check, never a 500.
      return { check, valid: false, message: `Could not be checked: ${(err as Error).message}` }
    }
  }
  const checks = [
    await guard('proof', () => checkProof(credential, loader)),
    await guard('status', () => checkRevocation(credential, loader)),
    checkExpiry(credential, now),
    checkIssuerKey(credential, key),
  ]
  return { verified: checks.every((c) => c.valid), checks }
}
