import { generateKeyPairSync } from 'node:crypto'

import * as base58 from 'base58-universal'

/** Multicodec prefix of an Ed25519 secret key (0x1300, varint-encoded), as Multikey writes it. */
const ED25519_SECRET_HEADER = [0x80, 0x26] as const
/** Multikey's Ed25519 secret: the 32-byte seed followed by the 32-byte public key. */
const SECRET_BYTES = 64

/**
 * The seed inside a Multikey Ed25519 secret (`secretKeyMultibase`, "z" + base58btc), or null when
 * the text is not one. Pure, so that env validation and key loading read it the same way.
 */
export const seedOfSecretMultibase = (text: string): Uint8Array | null => {
  if (!/^z[1-9A-HJ-NP-Za-km-z]+$/.test(text)) return null
  let bytes: Uint8Array
  try {
    bytes = base58.decode(text.slice(1))
  } catch {
    return null
  }
  if (bytes.length !== ED25519_SECRET_HEADER.length + SECRET_BYTES) return null
  if (bytes[0] !== ED25519_SECRET_HEADER[0] || bytes[1] !== ED25519_SECRET_HEADER[1]) return null
  return bytes.slice(2, 2 + 32)
}

export const isSecretMultibase = (text: string): boolean => seedOfSecretMultibase(text) !== null

/**
 * A new Multikey Ed25519 secret, made synchronously with Node's crypto so that environment
 * parsing (which is synchronous) can generate the development key.
 */
export const newSecretMultibase = (): string => {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' })
  const seed = Buffer.from(jwk.d!, 'base64url')
  const publicKey = Buffer.from(jwk.x!, 'base64url')
  return `z${base58.encode(Uint8Array.from([...ED25519_SECRET_HEADER, ...seed, ...publicKey]))}`
}
