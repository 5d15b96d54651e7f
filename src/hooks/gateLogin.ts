import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { attemptCounter, passwordMatches, standInCheck } from '../auth/loginAttempts.js'

/**
 * Refused because the account is locked. Worded and named exactly like a wrong password, so that
 * a lock does not tell a guesser that the account exists; only the login metric tells them apart.
 */
export class LockedLogin extends AuthenticationError {
  constructor(...args: ConstructorParameters<typeof AuthenticationError>) {
    super(...args)
    this.name = 'AuthenticationError'
  }
}

/**
 * Decides every password sign-in before Payload's own login runs (REST, GraphQL and the Local API
 * all pass through here). Each attempt is counted first, atomically in the database; an attempt
 * beyond the limit, on a locked account or for an unknown email is refused after a stand-in hash
 * of the same cost, and a wrong password fails here, so Payload's own failure counting (which
 * loses locks on accounts with sessions, see src/auth/loginAttempts.ts) never runs. A right
 * password goes on to Payload, which re-checks the lock and resets the count.
 */
export const gateLogin: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } =
    (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  // Missing or malformed fields: Payload's own validation answers them.
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') {
    return args
  }
  const { maxLoginAttempts, lockTime } = collection.auth
  const user = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!user) {
    await standInCheck(password)
    throw new AuthenticationError(req.t)
  }
  if (!(maxLoginAttempts > 0)) return args
  const counter = await attemptCounter(req.payload, collection.slug)
  const now = new Date()
  const { attempts, lockUntil } = await counter.count(user.id, now)
  const lock = () => counter.lock(user.id, new Date(now.getTime() + lockTime), now)
  if (attempts > maxLoginAttempts || (lockUntil && lockUntil > now)) {
    await lock()
    await standInCheck(password)
    throw new LockedLogin(req.t)
  }
  if (!(await passwordMatches(user, password))) {
    if (attempts >= maxLoginAttempts) await lock()
    throw new AuthenticationError(req.t)
  }
  return args
}
