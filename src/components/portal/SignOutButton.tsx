'use client'

import { useState } from 'react'

/** Ends the Payload session (it clears the `payload-token` cookie) and reloads the page. */
export const SignOutButton = ({ label }: { label: string }) => {
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="link-button"
      disabled={busy}
      onClick={async () => {
        setBusy(true)
        await fetch('/api/users/logout', { method: 'POST', credentials: 'same-origin' }).catch(
          () => null,
        )
        window.location.reload()
      }}
    >
      {label}
    </button>
  )
}
