import { AuthenticationError, LockedAuth, type AfterErrorHook } from 'payload'

import { loginFailures } from '../server/metrics.js'
import { LockedLogin } from './gateLogin.js'

/** Feeds the login-failure metric: wrong credentials, or refused because the account is locked. */
export const countLoginFailures: AfterErrorHook = ({ error, req }) => {
  if (!req.url || !new URL(req.url).pathname.endsWith('/login')) return
  if (error instanceof LockedAuth || error instanceof LockedLogin) {
    loginFailures.inc({ reason: 'locked' })
  } else if (error instanceof AuthenticationError)
    loginFailures.inc({ reason: 'wrong_credentials' })
}
