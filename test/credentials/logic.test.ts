import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { bakeSvg, unbakeSvg } from '../../src/credentials/bake.js'
import { documentLoaderOf } from '../../src/credentials/contexts.js'
import { hashedEmail } from '../../src/credentials/identity.js'
import { didWebOf, issuerKeyFrom } from '../../src/credentials/key.js'
import { isSecretMultibase, newSecretMultibase } from '../../src/credentials/multikey.js'
import { checkExpiry } from '../../src/credentials/proofs.js'
import { isRevokedIn, buildStatusListCredential } from '../../src/credentials/statusList.js'

describe('the issuer key', () => {
  it('names did:web of the server URL, port and path included', () => {
    expect(didWebOf('https://learning.example.fi')).toBe('did:web:learning.example.fi')
    expect(didWebOf('http://localhost:3000')).toBe('did:web:localhost%3A3000')
    expect(didWebOf('https://city.example/learning/')).toBe('did:web:city.example:learning')
  })

  it('takes only an Ed25519 Multikey secret and derives the same public key from it', async () => {
    const secret = newSecretMultibase()
    expect(isSecretMultibase(secret)).toBe(true)
    // A public key, a truncated secret and non-base58 text are refused.
    expect(isSecretMultibase('z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')).toBe(false)
    expect(isSecretMultibase(secret.slice(0, -4))).toBe(false)
    expect(isSecretMultibase('z0OIl')).toBe(false)
    const a = await issuerKeyFrom(secret, 'https://learning.example.fi')
    const b = await issuerKeyFrom(secret, 'https://learning.example.fi')
    expect(a.keyId).toBe(b.keyId)
    expect(a.keyId).toBe(`did:web:learning.example.fi#${a.publicKeyMultibase}`)
    expect(a.publicKeyMultibase).toMatch(/^z6Mk/)
  })
})

describe('the recipient', () => {
  it('is sha256$ of the trimmed, lower-cased email plus the salt', () => {
    const expected = createHash('sha256')
      .update('teacher@example.org' + 'pepper')
      .digest('hex')
    expect(hashedEmail('  Teacher@Example.org', 'pepper')).toEqual({
      type: 'IdentityObject',
      identityHash: `sha256$${expected}`,
      identityType: 'emailAddress',
      hashed: true,
      salt: 'pepper',
    })
  })
})

describe('baking', () => {
  it('keeps a credential whose text contains "]]>" intact in the SVG', () => {
    const credential = { name: 'a ]]> b <script>', nested: { list: [1, ']]>'] } }
    const svg = bakeSvg(credential, 'A <title> & more')
    expect(svg).toContain('<title>A &#60;title&#62; &#38; more</title>')
    expect(unbakeSvg(svg)).toEqual(credential)
    expect(unbakeSvg('<svg/>')).toBe(null)
  })
})

describe('the status list and dates', () => {
  it('sets exactly the revoked bits', async () => {
    const list = await buildStatusListCredential({
      url: 'https://x.example/api/credentials/status/1',
      issuer: 'did:web:x.example',
      validFrom: '2026-12-01T00:00:00Z',
      revoked: [0, 4242, 131071],
    })
    const encoded = (list.credentialSubject as { encodedList: string }).encodedList
    expect(
      await Promise.all([0, 1, 4242, 4243, 131071].map((i) => isRevokedIn(encoded, i))),
    ).toEqual([true, false, true, false, true])
  })

  it('checks validFrom and validUntil against the time asked about', () => {
    const now = new Date('2027-01-01T00:00:00Z')
    expect(checkExpiry({ validFrom: '2026-01-01T00:00:00Z' }, now).valid).toBe(true)
    expect(checkExpiry({ validFrom: '2027-06-01T00:00:00Z' }, now)).toEqual({
      check: 'expiry',
      valid: false,
      message: 'Not valid before 2027-06-01T00:00:00Z.',
    })
    expect(checkExpiry({ validUntil: 'soon' }, now).message).toBe(
      'validFrom or validUntil is not a date.',
    )
  })
})

describe('the document loader', () => {
  it('answers bundled contexts and local documents, and refuses the network', async () => {
    const load = documentLoaderOf((url) => (url === 'did:web:x.example' ? { id: url } : undefined))
    expect((await load('https://www.w3.org/ns/credentials/v2')).document).toBeTypeOf('object')
    expect((await load('did:web:x.example')).document).toEqual({ id: 'did:web:x.example' })
    await expect(load('https://example.org/context.json')).rejects.toMatchObject({
      name: 'UnresolvableDocument',
      reason: 'network',
    })
    await expect(load('did:web:other.example')).rejects.toMatchObject({ reason: 'unknown' })
  })
})
