'use client'

import { useState } from 'react'

import { callApi, type ClientText, failureMessage } from '../portal/apiClient.js'

type Props = {
  training: number | string
  registered: boolean
  t: { register: string; cancel: string; confirmed: string; waitlisted: string }
  text: ClientText
}

/** Registers for a training or cancels, through /api/me/registrations. */
export const RegisterButton = ({ training, registered, t, text }: Props) => {
  const [status, setStatus] = useState<string>(registered ? t.confirmed : '')
  const [active, setActive] = useState(registered)
  const toggle = async () => {
    const res = active
      ? await callApi(`/api/me/registrations/${training}`, { method: 'DELETE' }, text)
      : await callApi(
          '/api/me/registrations',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ training }),
          },
          text,
        )
    if (!res || !res.ok) return setStatus(await failureMessage(res, text))
    const body = (await res.json().catch(() => null)) as {
      status?: string
      waitlistPosition?: number | null
    } | null
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
