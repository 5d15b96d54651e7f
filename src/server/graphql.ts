import { configToSchema } from '@payloadcms/graphql'
import { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  type SanitizedConfig,
} from 'payload'

type Schema = ReturnType<typeof configToSchema>

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
 * Payload's GraphQL served outside Next, as `@payloadcms/next`'s GRAPHQL_POST does, without loading
 * Next and React. The schema is built once, on the first request.
 */
export const graphqlHandler = (config: SanitizedConfig) => {
  let schema: Schema | undefined
  return async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    schema ??= configToSchema(config)
    const { schema: graphqlSchema, validationRules } = schema
    const headers: Record<string, string> = {}
    const response = await createHandler({
      schema: graphqlSchema,
      context: { req, headers },
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
    return new Response(response.body, { status: response.status, headers: resHeaders })
  }
}
