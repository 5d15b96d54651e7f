'use client'

import { useRouter } from 'next/navigation.js'
import { useState, type FormEvent } from 'react'

import type { Messages } from '../../portal/i18n.js'
import type { OwnRating } from '../../portal/ratings.js'
import { callApi, type ClientText, failureMessage } from './apiClient.js'

type Props = {
  item: { relationTo: string; value: number | string }
  existing: OwnRating | null
  t: Messages['rating']
  text: ClientText
}

type Status =
  | { kind: 'idle' | 'busy' }
  | { kind: 'saved'; pending: boolean }
  | { kind: 'error'; message: string }

/**
 * A teacher's 1–5 rating with an optional comment. It changes the teacher's earlier rating when
 * there is one (one rating per teacher per item), then refreshes the page's server parts so the new average shows.
 */
export const RatingForm = ({ item, existing, t, text }: Props) => {
  const router = useRouter()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [rating, setRating] = useState<number | null>(existing?.rating ?? null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!rating) {
      setStatus({ kind: 'error', message: t.pick })
      return
    }
    const comment = String(new FormData(event.currentTarget).get('comment') ?? '')
    setStatus({ kind: 'busy' })
    const res = await callApi(
      existing ? `/api/ratings/${existing.id}?depth=0` : '/api/ratings?depth=0',
      {
        method: existing ? 'PATCH' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(existing ? { rating, comment } : { item, rating, comment }),
      },
      text,
    )
    if (!res || !res.ok) {
      const message = await failureMessage(res, text)
      setStatus({ kind: 'error', message: t.failed.replace('{message}', message) })
      return
    }
    const { doc } = (await res.json()) as { doc: { commentStatus?: string } }
    setStatus({ kind: 'saved', pending: doc.commentStatus === 'pending' })
    // Re-renders the server parts (average, count) and keeps this form's message.
    router.refresh()
  }

  return (
    <form onSubmit={submit} aria-labelledby="rate-title" data-testid="rating-form">
      <h3 id="rate-title">{t.yours}</h3>
      <fieldset>
        <legend className="visually-hidden">{t.yours}</legend>
        <div className="star-picker">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="rating"
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
              />
              <span aria-hidden="true">{'★'.repeat(value)}</span>
              <span className="visually-hidden">{t.stars.replace('{count}', String(value))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="rating-comment">{t.comment}</label>
        <textarea
          id="rating-comment"
          name="comment"
          rows={3}
          maxLength={2000}
          defaultValue={existing?.comment ?? ''}
        />
      </div>
      <button type="submit" disabled={status.kind === 'busy'}>
        {existing ? t.update : t.submit}
      </button>
      <div role="status" aria-live="polite">
        {status.kind === 'saved' ? <p className="notice ok">{t.saved}</p> : null}
        {status.kind === 'error' ? <p className="notice error">{status.message}</p> : null}
      </div>
      {existing?.commentStatus === 'pending' ? <p className="notice">{t.pending}</p> : null}
    </form>
  )
}
