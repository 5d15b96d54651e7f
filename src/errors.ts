/**
 * What went wrong, in the domain's own terms. Search, competence and interop code throws these and
 * knows nothing of HTTP; src/server/errors.ts maps each code to a status in one place.
 */
export type DomainErrorCode =
  /** The input is not acceptable (a bad parameter, an unreadable file). */
  | 'invalid'
  /** Only a signed-in user may do this, and nobody is signed in. */
  | 'unauthenticated'
  /** The signed-in user may not do this. */
  | 'forbidden'
  /** The thing asked for does not exist, or the asker may not know it exists. */
  | 'not-found'
  /** The request clashes with the current state (closed, already done). */
  | 'conflict'
  /** Fine in itself, but could not be done right now; worth trying again. */
  | 'busy'

export class DomainError extends Error {
  override name = 'DomainError'
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field the error is about, when there is one. */
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/**
 * Whether an error is a DomainError, also when it comes from another copy of this module: Next
 * bundles its own, so an error thrown by the server process's search fails `instanceof` there.
 */
export const isDomainError = (err: unknown): err is DomainError =>
  err instanceof DomainError || (err instanceof Error && err.name === 'DomainError')
