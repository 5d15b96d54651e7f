/**
 * What busboy (Payload's multipart parser) throws for a body that is not valid multipart, and what
 * Payload wraps them in (an APIError with status 500 and busboy's message).
 */
const MULTIPART_ERRORS = [
  /^Request is not eligible for file upload$/,
  /^Multipart: Boundary not found$/,
  /^Malformed part header$/,
  /^Unexpected end of form$/,
  /^Malformed urlencoded form$/,
]

/**
 * Whether an error came from a request body the client got wrong (not multipart, or a `_payload`
 * part that is not JSON) rather than from us. Payload passes these on as plain errors, which would
 * otherwise become 500s.
 */
export const isMalformedBody = (err: unknown): boolean =>
  (err instanceof SyntaxError && /JSON/.test(err.message)) ||
  (err instanceof Error && MULTIPART_ERRORS.some((pattern) => pattern.test(err.message)))

export const MALFORMED_BODY_MESSAGE = 'The request body is not valid multipart/form-data or JSON.'
