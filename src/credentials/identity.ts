import { createHash, randomBytes } from 'node:crypto'

export type IdentityObject = {
  type: 'IdentityObject'
  identityHash: string
  identityType: 'emailAddress'
  hashed: true
  salt: string
}

/** Emails compare case-insensitively and without surrounding space, as people type them. */
const normalise = (email: string): string => email.trim().toLowerCase()

/** OB 3.0 hashed identity: "sha256$" + hex(sha256(identity + salt)). */
export const hashedEmail = (email: string, salt: string): IdentityObject => ({
  type: 'IdentityObject',
  identityHash: `sha256$${createHash('sha256')
    .update(normalise(email) + salt)
    .digest('hex')}`,
  identityType: 'emailAddress',
  hashed: true,
  salt,
})

export const newSalt = (): string => randomBytes(16).toString('hex')

/** Whether an email is the one an IdentityObject hashes (what a register does with the earner's). */
export const identityMatches = (identity: IdentityObject, email: string): boolean =>
  hashedEmail(email, identity.salt).identityHash === identity.identityHash
