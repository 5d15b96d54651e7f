/**
 * A small schema.org context written for this project (the terms its documents use, mapped as the
 * official context at https://schema.org maps them), so that JSON-LD processing never needs the
 * network. It is a module rather than a file read at run time, so that Next's bundle of the portal
 * carries it too.
 */
export const SCHEMA_ORG_CONTEXT: { '@context': Record<string, unknown> } = {
  '@context': {
    '@vocab': 'http://schema.org/',
    schema: 'http://schema.org/',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    id: '@id',
    type: '@type',
    url: {
      '@id': 'schema:url',
      '@type': '@id',
    },
    sameAs: {
      '@id': 'schema:sameAs',
      '@type': '@id',
    },
    license: {
      '@id': 'schema:license',
      '@type': '@id',
    },
    mainEntityOfPage: {
      '@id': 'schema:mainEntityOfPage',
      '@type': '@id',
    },
    targetUrl: {
      '@id': 'schema:targetUrl',
      '@type': '@id',
    },
    educationalFramework: {
      '@id': 'schema:educationalFramework',
    },
    dateModified: {
      '@id': 'schema:dateModified',
      '@type': 'schema:Date',
    },
    datePublished: {
      '@id': 'schema:datePublished',
      '@type': 'schema:Date',
    },
    timeRequired: {
      '@id': 'schema:timeRequired',
      '@type': 'schema:Duration',
    },
    latitude: {
      '@id': 'schema:latitude',
    },
    longitude: {
      '@id': 'schema:longitude',
    },
    publicAccess: {
      '@id': 'schema:publicAccess',
    },
    isAccessibleForFree: {
      '@id': 'schema:isAccessibleForFree',
    },
  },
}

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
  if (!SCHEMA_ORG_URLS.has(url))
    throw new Error(`Refusing to load ${url}: only the bundled schema.org context is available.`)
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: SCHEMA_ORG_CONTEXT,
  }
}
