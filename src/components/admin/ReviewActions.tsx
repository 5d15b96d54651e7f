'use client'
import {
  Button,
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
import { useEffect, useState } from 'react'

import { isEditor } from '../../access/roles.js'
import { label } from '../../fields/labels.js'
import type { ReviewStatus } from '../../fields/vocabularies.js'
import { pick } from './text.js'

const TEXT = {
  submit: label('Submit for review', 'Lähetä tarkistettavaksi', 'Skicka för granskning'),
  resubmit: label(
    'Resubmit for review',
    'Lähetä uudelleen tarkistettavaksi',
    'Skicka för granskning igen',
  ),
  submitted: label(
    'Submitted for review.',
    'Lähetetty tarkistettavaksi.',
    'Skickad för granskning.',
  ),
  awaiting: label(
    'Waiting for an editor to review it.',
    'Odottaa toimittajan tarkistusta.',
    'Väntar på att en redaktör granskar den.',
  ),
  returned: label(
    'An editor returned this with comments:',
    'Toimittaja palautti tämän kommentein:',
    'En redaktör returnerade den med kommentarer:',
  ),
  returnWithComments: label(
    'Return with comments',
    'Palauta kommentein',
    'Returnera med kommentarer',
  ),
  commentHint: label(
    "Write your comments in the editor's comments field first.",
    'Kirjoita ensin kommentit Toimittajan kommentit -kenttään.',
    'Skriv först dina kommentarer i fältet Redaktörens kommentarer.',
  ),
  commentRequired: label(
    "Write in the editor's comments field what the author should change, then return it.",
    'Kirjoita Toimittajan kommentit -kenttään, mitä tekijän pitää muuttaa, ja palauta sitten.',
    'Skriv i fältet Redaktörens kommentarer vad författaren ska ändra och returnera sedan.',
  ),
  returnedDone: label(
    'Returned to the author.',
    'Palautettu tekijälle.',
    'Returnerad till författaren.',
  ),
}

/**
 * The review workflow's buttons beside Save and Publish. Experts submit a draft for review; editors
 * return it with the comments they wrote in the sidebar (they publish with Payload's own Publish
 * button). Both save through the REST API with the form's current values, so unsaved edits go along.
 */
export const ReviewActions = () => {
  const { user } = useAuth()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.reviewStatus?.value) as ReviewStatus | undefined
  // Editors write in the sidebar's comment field; experts get the comment read back over REST.
  const comment = useFormFields(([fields]) => fields.reviewComment?.value) as string | undefined
  const [returnedComment, setReturnedComment] = useState<string>()
  const expertView = Boolean(user) && !isEditor(user)
  useEffect(() => {
    if (!expertView || status !== 'changes-requested' || !id || !collectionSlug) return
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      path: `/${collectionSlug}/${id}?draft=true&depth=0&locale=${locale}`,
    })
    void fetch(url, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : undefined))
      .then((doc: { reviewComment?: string } | undefined) =>
        setReturnedComment(doc?.reviewComment ?? undefined),
      )
      .catch(() => undefined)
  }, [expertView, status, id, collectionSlug, config.routes.api, locale])
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
        {status === 'changes-requested' && (
          <p className="review-actions__note">
            {t(TEXT.returned)}
            {returnedComment && <q className="review-actions__comment-text">{returnedComment}</q>}
          </p>
        )}
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
  return (
    <Button
      buttonStyle="secondary"
      size="medium"
      id="action-return-with-comments"
      tooltip={t(TEXT.commentHint)}
      onClick={async () => {
        if (!String(comment ?? '').trim()) {
          toast.error(t(TEXT.commentRequired))
          return
        }
        const result = await saveDraft({ reviewStatus: 'changes-requested' })
        if (result && result.res.ok) toast.success(t(TEXT.returnedDone))
      }}
    >
      {t(TEXT.returnWithComments)}
    </Button>
  )
}
