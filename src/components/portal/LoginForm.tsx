'use client'

import { useState, type FormEvent } from 'react'

import type { Messages } from '../../portal/i18n.js'

type Props = { t: Messages['login']; next: string }

/**
 * Signs in through Payload's `/api/users/login`, which sets the HttpOnly `payload-token` cookie,
 * then goes back to the page the teacher came from.
 */
export const LoginForm = ({ t, next }: Props) => {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    const res = await fetch('/api/users/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    }).catch(() => null)
    if (res?.ok) {
      window.location.assign(next)
      return
    }
    setBusy(false)
    setError(
      res?.status === 401
        ? t.failed
        : res?.status === 423 || res?.status === 429
          ? t.locked
          : t.error,
    )
  }

  return (
    <form onSubmit={submit} className="narrow" data-testid="login-form">
      <div className="field">
        <label htmlFor="login-email">{t.email}</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t.password}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <button type="submit" disabled={busy}>
        {t.submit}
      </button>
      <div role="alert">{error ? <p className="notice error">{error}</p> : null}</div>
    </form>
  )
}
