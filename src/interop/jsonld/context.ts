import { readFileSync } from 'node:fs'

/**
 * A small schema.org context written for this project (the terms its documents use, mapped as the
 * official context at https://schema.org maps them), so that JSON-LD processing never needs the
 * network.
 */
export const SCHEMA_ORG_CONTEXT: { '@context': Record<string, unknown> } = JSON.parse(
  readFileSync(new URL('./schemaorg-context.jsonld', import.meta.url), 'utf8'),
)

const SCHEMA_ORG_URLS = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld',
  'https://schema.org/docs/jsonldcontext.json',
])

/** A `jsonld` document loader that serves the bundled context and refuses every other URL. */
export const bundledDocumentLoader = async (url: string) => {
  if (!SCHEMA_ORG_URLS.has(url)) throw new Error(`Refusing to load ${url}: only the bundled schema.org context is available.`)
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT }
}
