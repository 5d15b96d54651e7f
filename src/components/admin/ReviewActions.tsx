'use client'
import {
  Button,
  FieldLabel,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'

import { isEditor } from '../../access/roles.js'
import { label } from '../../fields/labels.js'
import type { ReviewStatus } from '../../fields/vocabularies.js'
import { pick } from './text.js'

const TEXT = {
  submit: label('Submit for review', 'Lähetä tarkistettavaksi', 'Skicka för granskning'),
  resubmit: label('Resubmit for review', 'Lähetä uudelleen tarkistettavaksi', 'Skicka för granskning igen'),
  submitted: label('Submitted for review.', 'Lähetetty tarkistettavaksi.', 'Skickad för granskning.'),
  awaiting: label(
    'Waiting for an editor to review it.',
    'Odottaa toimittajan tarkistusta.',
    'Väntar på att en redaktör granskar den.',
  ),
  returned: label(
    'An editor returned this with comments (see the sidebar).',
    'Toimittaja palautti tämän kommentein (katso sivupalkki).',
    'En redaktör returnerade den med kommentarer (se sidofältet).',
  ),
  returnWithComments: label('Return with comments', 'Palauta kommentein', 'Returnera med kommentarer'),
  comment: label('Comments for the author', 'Kommentit tekijälle', 'Kommentarer till författaren'),
  send: label('Return to the author', 'Palauta tekijälle', 'Returnera till författaren'),
  cancel: label('Cancel', 'Peruuta', 'Avbryt'),
  commentRequired: label(
    'Write a comment so the author knows what to change.',
    'Kirjoita kommentti, jotta tekijä tietää, mitä muuttaa.',
    'Skriv en kommentar så att författaren vet vad som ska ändras.',
  ),
  returnedDone: label('Returned to the author.', 'Palautettu tekijälle.', 'Returnerad till författaren.'),
}

/**
 * The review workflow's buttons beside Save and Publish. Experts submit a draft for review; editors
 * return it with comments (they publish with Payload's own Publish button). Both save through the
 * REST API with the form's current values, so unsaved edits go along.
 */
export const ReviewActions = () => {
  const { user } = useAuth()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.reviewStatus?.value) as ReviewStatus | undefined
  const [returning, setReturning] = useState(false)
  const [comment, setComment] = useState('')
  const commentId = useId()
  const t = (text: (typeof TEXT)[keyof typeof TEXT]) => pick(text, i18n.language)

  if (!user || !collectionSlug) return null

  const saveDraft = (overrides: Record<string, unknown>) =>
    submit({
      action: formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}${id ? `/${id}` : ''}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
      }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', ...overrides },
      skipValidation: true,
    })

  if (!isEditor(user)) {
    if (status === 'in-review') return <p className="review-actions__note">{t(TEXT.awaiting)}</p>
    if (status === 'published') return null
    return (
      <div className="review-actions">
        {status === 'changes-requested' && <p className="review-actions__note">{t(TEXT.returned)}</p>}
        <Button
          buttonStyle="secondary"
          size="medium"
          id="action-submit-for-review"
          onClick={async () => {
            const result = await saveDraft({ reviewStatus: 'in-review' })
            if (result && result.res.ok) toast.success(t(TEXT.submitted))
          }}
        >
          {t(status === 'changes-requested' ? TEXT.resubmit : TEXT.submit)}
        </Button>
      </div>
    )
  }

  if (!id || status !== 'in-review') return null
  if (!returning) {
    return (
      <Button
        buttonStyle="secondary"
        size="medium"
        id="action-return-with-comments"
        onClick={() => setReturning(true)}
      >
        {t(TEXT.returnWithComments)}
      </Button>
    )
  }
  return (
    <div className="review-actions review-actions--return">
      <FieldLabel htmlFor={commentId} label={t(TEXT.comment)} required />
      <textarea
        id={commentId}
        className="review-actions__comment"
        rows={4}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="review-actions__buttons">
        <Button
          buttonStyle="primary"
          size="medium"
          id="action-send-return"
          onClick={async () => {
            if (!comment.trim()) {
              toast.error(t(TEXT.commentRequired))
              return
            }
            const result = await saveDraft({
              reviewStatus: 'changes-requested',
              reviewComment: comment.trim(),
            })
            if (result && result.res.ok) {
              toast.success(t(TEXT.returnedDone))
              setReturning(false)
              setComment('')
            }
          }}
        >
          {t(TEXT.send)}
        </Button>
        <Button buttonStyle="secondary" size="medium" onClick={() => setReturning(false)}>
          {t(TEXT.cancel)}
        </Button>
      </div>
    </div>
  )
}
