'use client'

import { useState, type FormEvent } from 'react'

import type { CredentialText } from '../../credentials/text.js'

type Check = { check: keyof CredentialText['verify']['checks']; valid: boolean; message: string }
type Answer = { verified: boolean; checks: Check[] } | { error: string }

/** Sends a credential to POST /api/credentials/verify and shows each check's result. */
export const VerifyForm = ({ t }: { t: CredentialText['verify'] }) => {
  const [text, setText] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const res = await fetch('/api/credentials/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    })
    const body = (await res.json().catch(() => null)) as
      (Answer & { errors?: { message: string }[] }) | null
    setAnswer(
      res.ok && body && 'checks' in body
        ? body
        : { error: body?.errors?.[0]?.message ?? String(res.status) },
    )
  }
  return (
    <form onSubmit={submit}>
      <p>
        <label>
          {t.file}{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? '')}
          />
        </label>
      </p>
      <p>
        <label>
          {t.paste}
          <br />
          <textarea rows={8} cols={60} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </p>
      <p>
        <button type="submit" disabled={!text.trim()}>
          {t.submit}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {answer && 'error' in answer ? <p>{answer.error}</p> : null}
        {answer && 'checks' in answer ? (
          <>
            <p>
              <strong>{answer.verified ? t.verified : t.notVerified}</strong>
            </p>
            <ul>
              {answer.checks.map((c) => (
                <li key={c.check}>
                  {t.checks[c.check]}: {c.valid ? t.valid : t.invalid} ({c.message})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </form>
  )
}
