'use client'

import { useState } from 'react'

type Props = {
  training: number | string
  registered: boolean
  t: { register: string; cancel: string; confirmed: string; waitlisted: string }
}

/** Registers for a training or cancels, through /api/me/registrations. */
export const RegisterButton = ({ training, registered, t }: Props) => {
  const [status, setStatus] = useState<string>(registered ? t.confirmed : '')
  const [active, setActive] = useState(registered)
  const toggle = async () => {
    const res = active
      ? await fetch(`/api/me/registrations/${training}`, {
          method: 'DELETE',
          credentials: 'include',
        })
      : await fetch('/api/me/registrations', {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ training }),
        })
    const body = (await res.json().catch(() => null)) as {
      status?: string
      waitlistPosition?: number | null
      errors?: { message: string }[]
    } | null
    if (!res.ok) return setStatus(body?.errors?.[0]?.message ?? String(res.status))
    const now = body?.status === 'confirmed' || body?.status === 'waitlisted'
    setActive(now)
    setStatus(
      body?.status === 'confirmed'
        ? t.confirmed
        : body?.status === 'waitlisted'
          ? `${t.waitlisted} ${body.waitlistPosition}`
          : '',
    )
  }
  return (
    <p>
      <button type="button" className={active ? 'secondary' : undefined} onClick={toggle}>
        {active ? t.cancel : t.register}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  )
}
