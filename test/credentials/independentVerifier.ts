import { DataIntegrityProof } from '@digitalcredentials/data-integrity'
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite'
import { securityLoader } from '@digitalcredentials/security-document-loader'
import * as vc from '@digitalcredentials/vc'
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list'

import type { TestApp } from '../helpers/app.js'

/**
 * A verifier that shares no code with src/credentials: the Digital Credentials Consortium's
 * libraries (the ones @digitalcredentials/verifier-core is built on), their own bundled contexts,
 * and the issuer's DID document and status list fetched from the app over HTTP, as a wallet or
 * a register would fetch them from the server (did:web names https://<host>/.well-known/did.json;
 * here the host is the test app).
 */
export const independentVerify = async (
  t: TestApp,
  credential: unknown,
): Promise<{ verified: boolean; revoked: boolean | null; error: string | null }> => {
  const fetched = new Map<string, unknown>()
  const get = async (path: string) => {
    const res = await t.http.get(path)
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`)
    return JSON.parse(res.text) as Record<string, unknown>
  }
  const loader = securityLoader()
  loader.setProtocolHandler({
    protocol: 'did',
    handler: {
      get: async ({ url }: { url: string }) => {
        const [did, fragment] = url.split('#')
        if (!did!.startsWith('did:web:') || did!.includes(':', 'did:web:'.length)) {
          throw new Error(`not a host-only did:web: ${url}`)
        }
        const document = (fetched.get(did!) ??
          fetched.set(did!, await get('/.well-known/did.json')).get(did!)) as {
          id: string
          verificationMethod: { id: string }[]
        }
        if (document.id !== did) throw new Error(`DID document of ${did} names ${document.id}`)
        if (!fragment) return document
        const method = document.verificationMethod.find((m) => m.id === url)
        return method && { '@context': 'https://w3id.org/security/multikey/v1', ...method }
      },
    },
  })
  for (const protocol of ['http', 'https']) {
    loader.setProtocolHandler({
      protocol,
      handler: { get: async ({ url }: { url: string }) => get(new URL(url).pathname) },
    })
  }
  const documentLoader = loader.build()
  const suite = new DataIntegrityProof({ cryptosuite })
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: (options: Record<string, unknown>) =>
      checkStatus({ ...options, verifyBitstringStatusListCredential: true }),
  })
  // This library's status check reads "verified: false" as "the bit is set".
  const revocation = result.log?.find((entry) => entry.id === 'revocation_status')
  return {
    verified: Boolean(result.verified),
    revoked: revocation ? !revocation.valid : null,
    error: result.error ? String(result.error.errors?.[0]?.message ?? result.error.message) : null,
  }
}
