import { AuthenticationError, LockedAuth, type AfterErrorHook } from 'payload'

import { loginFailures } from '../server/metrics.js'

/** Feeds the login-failure metric: wrong credentials, or refused because the account is locked. */
export const countLoginFailures: AfterErrorHook = ({ error, req }) => {
  if (!req.url || !new URL(req.url).pathname.endsWith('/login')) return
  if (error instanceof LockedAuth) loginFailures.inc({ reason: 'locked' })
  else if (error instanceof AuthenticationError) loginFailures.inc({ reason: 'wrong_credentials' })
}
