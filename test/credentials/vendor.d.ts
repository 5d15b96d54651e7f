// The Digital Credentials libraries of the independent verifier ship no type declarations.
declare module '@digitalcredentials/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown })
  }
}
declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown
}
declare module '@digitalcredentials/security-document-loader' {
  export function securityLoader(options?: { fetchRemoteContexts?: boolean }): {
    setProtocolHandler: (o: {
      protocol: string
      handler: { get: (o: { url: string }) => Promise<unknown> }
    }) => void
    build: () => (url: string) => Promise<unknown>
  }
}
declare module '@digitalcredentials/vc' {
  export function verifyCredential(options: Record<string, unknown>): Promise<{
    verified: boolean
    log?: { id: string; valid: boolean }[]
    error?: { message?: string; errors?: { message?: string }[] }
  }>
}
declare module '@digitalcredentials/vc-bitstring-status-list' {
  export function checkStatus(options: Record<string, unknown>): Promise<unknown>
}
