import type { Payload, PayloadRequest } from 'payload'

import { CONTENT_COLLECTIONS } from '../../../collections/slugs.js'
import { GRADE_BANDS, LICENCES, SUBJECTS } from '../../fields/vocabularies.js'
import { MAX_LIST_LIMIT } from '../../server/listLimit.js'
import { LOCALES } from '../../localization.js'
import { VERSION } from '../../version.js'
import { schemaOfFields, type JsonSchema } from './fields.js'

type Operation = Record<string, unknown>
type PathItem = Record<string, Operation>

const pascal = (slug: string): string =>
  slug.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: JsonSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
const errorResponse = (description: string) => json(ref('Errors'), description)
const query = (name: string, schema: JsonSchema, description: string, example?: unknown) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
})

const localeParam = query(
  'locale',
  { type: 'string', enum: [...LOCALES, 'all'] },
  'Content language; `all` returns every locale.',
)
const depthParam = query(
  'depth',
  { type: 'integer', minimum: 0, maximum: 10 },
  'How deep to populate relationships.',
)

/** Collections an anonymous reader may list (access.read is not a flat no). Payload's own are left out. */
const publicCollections = async (payload: Payload): Promise<string[]> => {
  const out: string[] = []
  for (const [slug, { config }] of Object.entries(payload.collections)) {
    if (slug.startsWith('payload-')) continue
    const read = config.access?.read
    let allowed: unknown = false
    try {
      allowed = read
        ? await read({ req: { user: null, payload } as unknown as PayloadRequest })
        : false
    } catch {
      allowed = false
    }
    if (allowed !== false) out.push(slug)
  }
  return out
}

const listSchema = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    page: { type: 'integer' },
    totalPages: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    nextPage: { type: ['integer', 'null'] },
    prevPage: { type: ['integer', 'null'] },
  },
})

const collectionPaths = (
  slug: string,
  isContent: boolean,
  idSchema: JsonSchema,
): Record<string, PathItem> => {
  const name = pascal(slug)
  const idParam = {
    name: 'id',
    in: 'path',
    required: true,
    schema: idSchema,
    description: 'The item id.',
  }
  const tag = [slug]
  const paths: Record<string, PathItem> = {
    [`/api/${slug}`]: {
      get: {
        operationId: `list${name}`,
        tags: tag,
        summary: `List ${slug}${isContent ? ' (published items only, unless you are staff)' : ''}`,
        parameters: [
          query(
            'limit',
            { type: 'integer', minimum: 1, maximum: MAX_LIST_LIMIT },
            `Items per page, at most ${MAX_LIST_LIMIT} (larger values and 0 give ${MAX_LIST_LIMIT}).`,
            10,
          ),
          query('page', { type: 'integer', minimum: 1 }, 'Page number.', 1),
          query('sort', { type: 'string' }, 'Field to sort by; prefix `-` for descending.'),
          query('where', { type: 'object' }, 'Payload query, e.g. `where[slug][equals]=x`.'),
          depthParam,
          localeParam,
        ],
        responses: {
          200: json(listSchema(ref(name)), 'One page of items.'),
          400: errorResponse('A malformed query.'),
        },
      },
    },
    [`/api/${slug}/{id}`]: {
      get: {
        operationId: `get${name}`,
        tags: tag,
        summary: `One of ${slug}`,
        parameters: [
          idParam,
          depthParam,
          localeParam,
          ...(isContent
            ? [
                query(
                  'format',
                  { type: 'string', enum: ['jsonld'] },
                  'Answer with schema.org JSON-LD instead.',
                ),
              ]
            : []),
        ],
        responses: {
          200: json(ref(name), 'The item.'),
          404: errorResponse('No such item, or not readable by you.'),
        },
      },
    },
  }
  if (isContent) {
    paths[`/api/${slug}/{id}.jsonld`] = {
      get: {
        operationId: `get${name}JsonLd`,
        tags: [...tag, 'open interfaces'],
        summary: 'schema.org JSON-LD of a published item (LRMI LearningResource or Place)',
        parameters: [
          idParam,
          query(
            'locale',
            { type: 'string', enum: [...LOCALES] },
            'Language of the texts (default fi).',
          ),
        ],
        responses: {
          200: {
            description: 'The JSON-LD document.',
            content: { 'application/ld+json': { schema: { type: 'object' } } },
          },
          400: errorResponse('A bad locale.'),
          404: errorResponse('No published item with that id.'),
        },
      },
    }
  }
  return paths
}

const xml = (description: string) => ({
  description,
  content: { 'text/xml': { schema: { type: 'string' } } },
})

const oaiParams = [
  query(
    'verb',
    {
      type: 'string',
      enum: [
        'Identify',
        'ListMetadataFormats',
        'ListSets',
        'ListIdentifiers',
        'ListRecords',
        'GetRecord',
      ],
    },
    'The OAI-PMH verb.',
    'Identify',
  ),
  query('metadataPrefix', { type: 'string', enum: ['oai_dc', 'lrmi'] }, 'Metadata format.'),
  query('identifier', { type: 'string' }, 'oai:<host>:<collection>/<id>'),
  query('set', { type: 'string' }, 'type:<collection> or grade:<band>.'),
  query('from', { type: 'string' }, 'YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.'),
  query('until', { type: 'string' }, 'YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.'),
  query('resumptionToken', { type: 'string' }, 'From the previous page.'),
]

const fixedPaths = (): Record<string, PathItem> => ({
  '/api/search': {
    get: {
      operationId: 'search',
      tags: ['search'],
      summary: 'Search published content',
      parameters: [
        query('q', { type: 'string', maxLength: 200 }, 'Words to look for.', 'robotiikka'),
        query(
          'locale',
          { type: 'string', enum: [...LOCALES] },
          'Language of the search (default fi).',
        ),
        query(
          'type',
          { type: 'string', enum: [...CONTENT_COLLECTIONS] },
          'Content type; comma-separated for several.',
        ),
        query('grade', { type: 'string', enum: [...GRADE_BANDS] }, 'Grade band.'),
        query('competence', { type: 'string' }, 'Competence code, such as 3.1 or L5.'),
        query('subject', { type: 'string', enum: [...SUBJECTS] }, 'Subject.'),
        query('licence', { type: 'string', enum: [...LICENCES] }, 'Licence.'),
        query(
          'free',
          { type: 'string', enum: ['true', 'false'] },
          'Only free (or only paid) items.',
        ),
        query(
          'fitsDevices',
          { type: 'string' },
          "A grade band (the programme's device ratio) or a school id (its inventory).",
        ),
        query('near', { type: 'string' }, 'lat,lng in decimal degrees.'),
        query(
          'radius',
          { type: 'number', exclusiveMinimum: 0, maximum: 500 },
          'Kilometres around `near`.',
        ),
        query('sort', { type: 'string', enum: ['relevance', 'distance', 'newest'] }, 'Order.'),
        query('page', { type: 'integer', minimum: 1, maximum: 1000 }, 'Page number.'),
        query('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Hits per page.'),
      ],
      responses: {
        200: json(
          {
            type: 'object',
            required: ['hits', 'total', 'page', 'limit', 'facets'],
            properties: {
              hits: { type: 'array', items: { type: 'object' } },
              total: { type: 'integer' },
              page: { type: 'integer' },
              limit: { type: 'integer' },
              facets: { type: 'object' },
              took: { type: 'number' },
              didYouMean: { type: 'string' },
            },
          },
          'Hits and facet counts; `didYouMean` when nothing was found and a correction finds.',
        ),
        400: errorResponse('A bad parameter (the field names it).'),
      },
    },
  },
  '/api/search/suggest': {
    get: {
      operationId: 'searchSuggest',
      tags: ['search'],
      summary: 'Completions for a search box (titles, then words), at most 8',
      parameters: [
        query('q', { type: 'string', maxLength: 100 }, 'What is typed so far.', 'robo'),
        query(
          'locale',
          { type: 'string', enum: [...LOCALES] },
          'Language of the search (default fi).',
        ),
      ],
      responses: {
        200: json(
          {
            type: 'object',
            required: ['q', 'locale', 'suggestions'],
            properties: {
              q: { type: 'string' },
              locale: { type: 'string' },
              suggestions: { type: 'array', items: { type: 'string' }, maxItems: 8 },
            },
          },
          'Completions, best first.',
        ),
        400: errorResponse('A bad parameter (the field names it).'),
      },
    },
  },
  '/oai': {
    get: {
      operationId: 'oaiGet',
      tags: ['open interfaces'],
      summary: 'OAI-PMH 2.0 (oai_dc, lrmi); protocol errors are answered in the XML',
      parameters: oaiParams,
      responses: { 200: xml('An OAI-PMH response.') },
    },
    post: {
      operationId: 'oaiPost',
      tags: ['open interfaces'],
      summary: 'OAI-PMH 2.0 over form-encoded POST',
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              properties: Object.fromEntries(oaiParams.map((p) => [p.name, p.schema])),
              required: ['verb'],
            },
            example: { verb: 'Identify' },
          },
        },
      },
      responses: { 200: xml('An OAI-PMH response.'), 415: errorResponse('Not form-encoded.') },
    },
  },
  '/oai/lrmi.xsd': {
    get: {
      operationId: 'lrmiSchema',
      tags: ['open interfaces'],
      summary: 'XML Schema of the lrmi format',
      responses: {
        200: { description: 'XSD', content: { 'application/xml': { schema: { type: 'string' } } } },
      },
    },
  },
  '/sitemap.xml': {
    get: {
      operationId: 'sitemap',
      tags: ['open interfaces'],
      summary: 'Public portal pages',
      responses: {
        200: {
          description: 'Sitemap',
          content: { 'application/xml': { schema: { type: 'string' } } },
        },
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'openapi',
      tags: ['open interfaces'],
      summary: 'This document',
      responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') },
    },
  },
  '/api/docs/': {
    get: {
      operationId: 'docs',
      tags: ['open interfaces'],
      summary: 'Swagger UI for this document',
      responses: {
        200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } },
      },
    },
  },
  '/api/health': {
    get: {
      operationId: 'health',
      tags: ['system'],
      summary: 'Liveness and database check',
      responses: {
        200: json({ type: 'object' }, 'Up.'),
        503: json({ type: 'object' }, 'The database does not answer.'),
      },
    },
  },
  '/api/ready': {
    get: {
      operationId: 'ready',
      tags: ['system'],
      summary: 'Readiness: the database, the search engine and media storage answer',
      responses: {
        200: json({ type: 'object' }, 'Ready; each check with its outcome.'),
        503: json({ type: 'object' }, 'A check failed; each check with its outcome.'),
      },
    },
  },
  '/api/users/login': {
    post: {
      operationId: 'login',
      tags: ['auth'],
      summary: 'Sign in; answers a JWT and sets the payload-token cookie',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['email', 'password'],
              properties: {
                email: { type: 'string', format: 'email' },
                password: { type: 'string' },
              },
            },
          },
        },
      },
      responses: {
        200: json(
          {
            type: 'object',
            properties: {
              token: { type: 'string' },
              exp: { type: 'integer' },
              user: { type: 'object' },
            },
          },
          'Signed in.',
        ),
        401: errorResponse('Wrong email or password.'),
      },
    },
  },
  '/api/users/me': {
    get: {
      operationId: 'me',
      tags: ['auth'],
      summary: 'The signed-in user, or `user: null`',
      security: [{}, { jwt: [] }, { cookie: [] }],
      responses: {
        200: json(
          { type: 'object', properties: { user: { type: ['object', 'null'] } } },
          'The session.',
        ),
      },
    },
  },
  '/api/users/refresh-token': {
    post: {
      operationId: 'refreshToken',
      tags: ['auth'],
      summary: 'A fresh token for the current session',
      security: [{ jwt: [] }, { cookie: [] }],
      responses: {
        200: json(
          { type: 'object', properties: { refreshedToken: { type: 'string' } } },
          'Refreshed.',
        ),
        401: errorResponse('Not signed in.'),
      },
    },
  },
  '/api/users/logout': {
    post: {
      operationId: 'logout',
      tags: ['auth'],
      summary: 'End the session',
      security: [{ jwt: [] }, { cookie: [] }],
      responses: {
        200: json({ type: 'object' }, 'Signed out.'),
        400: errorResponse('No session.'),
      },
    },
  },
})

/**
 * The OpenAPI 3.1 description of the public API, generated from the running Payload config: every
 * collection an anonymous reader may read, with its fields, plus search, OAI-PMH, JSON-LD and auth.
 */
export const buildOpenApi = async (
  payload: Payload,
  serverUrl: string,
): Promise<Record<string, unknown>> => {
  const idSchema: JsonSchema =
    payload.db.defaultIDType === 'number' ? { type: 'integer' } : { type: 'string' }
  const slugs = await publicCollections(payload)
  const refOf = (slug: string) =>
    slugs.includes(slug) ? `#/components/schemas/${pascal(slug)}` : null
  const schemas: Record<string, JsonSchema> = {
    Errors: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['message'],
            properties: { message: { type: 'string' }, field: { type: 'string' } },
          },
        },
      },
    },
    GradeBand: {
      type: 'string',
      enum: [...GRADE_BANDS],
      description: 'Learning City grade bands.',
    },
  }
  let paths: Record<string, PathItem> = {}
  for (const slug of slugs) {
    const { config } = payload.collections[slug as keyof typeof payload.collections]
    schemas[pascal(slug)] = schemaOfFields(config.flattenedFields, idSchema, refOf)
    paths = {
      ...paths,
      ...collectionPaths(slug, (CONTENT_COLLECTIONS as readonly string[]).includes(slug), idSchema),
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Learning City API',
      version: VERSION,
      description:
        'Public reads of the Learning City content platform, its search and its open interfaces (OAI-PMH, schema.org JSON-LD). Only published content is public.',
      license: {
        name: 'CC BY 4.0 for content; see each item',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      },
    },
    servers: [{ url: serverUrl.replace(/\/+$/, '') }],
    paths: { ...paths, ...fixedPaths() },
    components: {
      schemas,
      securitySchemes: {
        jwt: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The token from /api/users/login (`Authorization: Bearer …` or `JWT …`).',
        },
        cookie: { type: 'apiKey', in: 'cookie', name: 'payload-token' },
      },
    },
  }
}
