import { configToSchema } from '@payloadcms/graphql'
import { createRequire } from 'node:module'

import { GraphQLError, type ValidationRule } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  type SanitizedConfig,
} from 'payload'

import { errorBody } from './errors.js'
import { isMalformedBody, MALFORMED_BODY_MESSAGE } from './malformedBody.js'

type Schema = ReturnType<typeof configToSchema>

// Payload builds its schema with graphql's CommonJS build; validating needs that same instance.
const { specifiedRules, validate } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql')

/**
 * GraphQL's own rules first, Payload's (query complexity) only on a document that passed them:
 * the complexity rule follows fragment spreads without a cycle check and overflows the stack on
 * `fragment A { ...B } fragment B { ...A }`, which NoFragmentCyclesRule refuses.
 */
const validateStandardFirst: typeof validate = (schema, document, rules, ...rest) => {
  const standard = validate(schema, document, specifiedRules, ...rest)
  if (standard.length) return standard
  const extra = (rules ?? []).filter((rule: ValidationRule) => !specifiedRules.includes(rule))
  return extra.length ? validate(schema, document, extra, ...rest) : []
}

/** Keeps client errors' messages and hides the details of server errors. */
const formatError = (err: GraphQLError, debug: boolean): GraphQLError => {
  const status = (err.originalError as { status?: number } | undefined)?.status ?? 500
  return new GraphQLError(status >= 500 && !debug ? 'Something went wrong.' : err.message, {
    nodes: err.nodes,
    path: err.path,
    extensions: { statusCode: status, name: err.originalError?.name },
  })
}

/**
 * A request that never ran (a syntax or validation error: `errors` and no `data`) is the client's
 * mistake, and is answered 400 whatever media type was accepted; graphql-http answers 200 for
 * `application/json`.
 */
const requestErrorStatus = (status: number, text: string): number => {
  if (status !== 200 || !text.startsWith('{"errors"')) return status
  try {
    return 'data' in (JSON.parse(text) as object) ? status : 400
  } catch {
    return status
  }
}

/**
 * Payload's GraphQL served outside Next, as `@payloadcms/next`'s GRAPHQL_POST does, without loading
 * Next and React. The schema is built once, on the first request.
 */
export const graphqlHandler = (config: SanitizedConfig) => {
  let schema: Schema | undefined
  return async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    try {
      await addDataAndFileToRequest(req)
    } catch (err) {
      if (!isMalformedBody(err)) throw err
      return Response.json(errorBody(MALFORMED_BODY_MESSAGE), { status: 400 })
    }
    addLocalesToRequestFromData(req)
    schema ??= configToSchema(config)
    const { schema: graphqlSchema, validationRules } = schema
    const headers: Record<string, string> = {}
    const response = await createHandler({
      schema: graphqlSchema,
      context: { req, headers },
      validate: validateStandardFirst,
      validationRules: (_, args, rules) => rules.concat(validationRules(args)),
      onOperation: (_request, _args, result) => {
        if (!('errors' in result) || !result.errors) return result
        for (const err of result.errors) {
          const status = (err.originalError as { status?: number } | undefined)?.status ?? 500
          if (status >= 500) logError({ err, payload: req.payload })
        }
        return { ...result, errors: result.errors.map((e) => formatError(e, config.debug)) }
      },
    })(originalRequest)
    const resHeaders = headersWithCors({ headers: new Headers(response.headers), req })
    for (const [key, value] of Object.entries(headers)) resHeaders.append(key, value)
    const text = await response.text()
    return new Response(text, {
      status: requestErrorStatus(response.status, text),
      headers: resHeaders,
    })
  }
}
