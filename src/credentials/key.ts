import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'

import { seedOfSecretMultibase } from './multikey.js'

export type IssuerKey = {
  did: string
  /** The verification method id: `<did>#<publicKeyMultibase>`. */
  keyId: string
  publicKeyMultibase: string
  keyPair: Ed25519Multikey.KeyPair
}

/**
 * The did:web DID of a server URL: host (port percent-encoded) and path segments joined by ":".
 * did:web resolves over HTTPS to `<url>/.well-known/did.json` (no path) or `<url>/did.json`.
 */
export const didWebOf = (serverUrl: string): string => {
  const url = new URL(serverUrl)
  const segments = url.pathname.split('/').filter(Boolean).map(encodeURIComponent)
  return ['did:web', encodeURIComponent(url.host), ...segments].join(':')
}

/** Builds the issuer key from a Multikey secret; the public key is derived from its seed. */
export const issuerKeyFrom = async (secretMultibase: string, serverUrl: string) => {
  const seed = seedOfSecretMultibase(secretMultibase)
  if (!seed) throw new TypeError('not an Ed25519 Multikey secret (secretKeyMultibase)')
  const did = didWebOf(serverUrl)
  const generated = await Ed25519Multikey.generate({ seed, controller: did })
  const keyId = `${did}#${generated.publicKeyMultibase}`
  const keyPair = await Ed25519Multikey.from({
    ...(await generated.export({ publicKey: true, secretKey: true, includeContext: true })),
    id: keyId,
    controller: did,
  })
  if (keyPair.secretKeyMultibase !== secretMultibase) {
    throw new TypeError('the secret key does not match the public key it carries')
  }
  return { did, keyId, publicKeyMultibase: keyPair.publicKeyMultibase, keyPair } as IssuerKey
}

/** The DID document published at /.well-known/did.json: one Multikey for assertions. */
export const didDocumentOf = (key: IssuerKey): Record<string, unknown> => ({
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: key.did,
  verificationMethod: [verificationMethodOf(key)],
  assertionMethod: [key.keyId],
  authentication: [key.keyId],
})

export const verificationMethodOf = (key: IssuerKey): Record<string, unknown> => ({
  id: key.keyId,
  type: 'Multikey',
  controller: key.did,
  publicKeyMultibase: key.publicKeyMultibase,
})
