'use client'

import { useState, type FormEvent } from 'react'

import { callApi, type ClientText, failureMessage } from '../portal/apiClient.js'

type Props = {
  competences: { id: string; code: string; name: string; current: string | null }[]
  levels: { level: string; name: string; description: string }[]
  t: { assessHint: string; notAssessed: string; save: string; saved: string; failed: string }
  text: ClientText
}

/** Posts a new self-assessment (a new history row) with the levels chosen. */
export const AssessmentForm = ({ competences, levels, t, text }: Props) => {
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | string>('idle')
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const answers = competences
      .map((c) => ({ competence: Number(c.id), level: String(form.get(`c-${c.id}`) ?? '') }))
      .filter((a) => a.level)
    setState('saving')
    const res = await callApi(
      '/api/self-assessments',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      },
      text,
    )
    setState(res?.ok ? 'saved' : `${t.failed}: ${await failureMessage(res, text)}`)
  }
  return (
    <form onSubmit={submit} data-testid="assessment-form">
      <p>{t.assessHint}</p>
      <dl>
        {levels.map((l) => (
          <div key={l.level}>
            <dt>
              {l.level} {l.name}
            </dt>
            <dd>{l.description}</dd>
          </div>
        ))}
      </dl>
      {competences.map((c) => (
        <div className="field" key={c.id}>
          <label htmlFor={`c-${c.id}`}>
            {c.code} {c.name}
          </label>
          <select id={`c-${c.id}`} name={`c-${c.id}`} defaultValue={c.current ?? ''}>
            <option value="">{t.notAssessed}</option>
            {levels.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} {l.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" disabled={state === 'saving'}>
        {t.save}
      </button>
      <p role="status">{state === 'saved' ? t.saved : state.startsWith(t.failed) ? state : ''}</p>
    </form>
  )
}
