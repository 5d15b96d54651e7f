'use client'
import { Button, useAuth, useListQuery, useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'

import { isEditor } from '../../access/roles.js'
import { label, type Label } from '../../fields/labels.js'
import { pick } from './text.js'

const TEXT = {
  awaiting: label('Awaiting review', 'Odottaa tarkistusta', 'Väntar på granskning'),
  mine: label('Mine', 'Omat', 'Mina'),
  all: label('All', 'Kaikki', 'Alla'),
  quick: label('Quick filters', 'Pikasuodattimet', 'Snabbfilter'),
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {})

/**
 * One-click list filters above the table: editors get "Awaiting review" (what experts submitted),
 * everyone gets "Mine". They set the list's `where` like the filter builder does, so the URL can be
 * shared and the builder shows the condition.
 */
export const ReviewListFilters = () => {
  const { user } = useAuth()
  const { query, refineListData } = useListQuery()
  const { i18n } = useTranslation()
  if (!user) return null
  const t = (text: Label) => pick(text, i18n.language)
  const filters: { id: string; text: Label; where: Where }[] = [
    { id: 'all', text: TEXT.all, where: {} },
    ...(isEditor(user)
      ? [
          {
            id: 'awaiting-review',
            text: TEXT.awaiting,
            where: { reviewStatus: { equals: 'in-review' } },
          },
        ]
      : []),
    { id: 'mine', text: TEXT.mine, where: { createdBy: { equals: user.id } } },
  ]
  return (
    <div className="review-list-filters" role="group" aria-label={t(TEXT.quick)}>
      {filters.map((filter) => {
        const active = same(query?.where, filter.where)
        return (
          <Button
            key={filter.id}
            id={`filter-${filter.id}`}
            buttonStyle={active ? 'primary' : 'secondary'}
            size="small"
            aria-pressed={active}
            margin={false}
            onClick={() => void refineListData({ where: filter.where, page: 1 })}
          >
            {t(filter.text)}
          </Button>
        )
      })}
    </div>
  )
}
