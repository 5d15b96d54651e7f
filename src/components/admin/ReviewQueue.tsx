import type { Payload, ServerProps, Where } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../../collections/slugs.js'
import { isEditor } from '../../access/roles.js'
import { label, type Label } from '../../fields/labels.js'
import { outboxStats } from '../../search/outbox.js'
import { pick } from './text.js'

const TEXT = {
  queue: label('Awaiting your review', 'Odottaa tarkistustasi', 'Väntar på din granskning'),
  mine: label('My submissions', 'Omat lähetykseni', 'Mina inskickade'),
  emptyQueue: label(
    'Nothing is waiting for review.',
    'Mikään ei odota tarkistusta.',
    'Inget väntar på granskning.',
  ),
  emptyMine: label(
    'You have nothing in review or returned with comments.',
    'Sinulla ei ole mitään tarkistettavana tai kommentein palautettuna.',
    'Du har inget under granskning eller returnerat med kommentarer.',
  ),
  title: label('Title', 'Otsikko', 'Titel'),
  type: label('Type', 'Tyyppi', 'Typ'),
  author: label('Author', 'Tekijä', 'Författare'),
  updated: label('Updated', 'Päivitetty', 'Uppdaterad'),
  status: label('Status', 'Tila', 'Status'),
  inReview: label('In review', 'Tarkistettavana', 'Under granskning'),
  returned: label('Returned with comments', 'Palautettu kommentein', 'Returnerad med kommentarer'),
  untitled: label('(untitled)', '(nimetön)', '(namnlös)'),
  outbox: label('Search index', 'Hakuindeksi', 'Sökindex'),
  pending: label('changes waiting', 'muutosta jonossa', 'ändringar i kö'),
  failing: label('failing', 'epäonnistuu', 'misslyckas'),
  upToDate: label('Up to date.', 'Ajan tasalla.', 'Uppdaterat.'),
}

type Row = {
  id: number | string
  collection: ContentCollection
  title: string
  author: string
  updatedAt: string
  reviewStatus: string
}

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user' | 'locale'>

/** The newest version of every item matching `where`, across the content collections. */
const findRows = async (
  payload: Payload,
  user: Props['user'],
  where: Where,
  locale: string | undefined,
): Promise<Row[]> => {
  const results = await Promise.all(
    CONTENT_COLLECTIONS.map(async (collection) => {
      const found = await payload.find({
        collection,
        where,
        draft: true,
        depth: 1,
        limit: 25,
        sort: '-updatedAt',
        overrideAccess: false,
        user,
        ...(locale ? { locale: locale as 'fi' } : {}),
        select: { title: true, updatedAt: true, reviewStatus: true, createdBy: true },
      })
      return found.docs.map((doc): Row => {
        const item = doc as unknown as Record<string, unknown>
        const creator = item.createdBy as { name?: string; email?: string } | null | undefined
        return {
          id: item.id as number | string,
          collection,
          title: typeof item.title === 'string' ? item.title : '',
          author: creator?.name || creator?.email || '',
          updatedAt: String(item.updatedAt ?? ''),
          reviewStatus: String(item.reviewStatus ?? ''),
        }
      })
    }),
  )
  return results.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/**
 * The dashboard's first block. Editors see the review queue and how much the search index still
 * has to catch up on; experts see what they have in review or got back with comments.
 */
export const ReviewQueue = async ({ i18n, payload, user, locale }: Props) => {
  if (!user) return null
  const t = (text: Label) => pick(text, i18n.language)
  const editor = isEditor(user)
  const where: Where = editor
    ? { reviewStatus: { equals: 'in-review' } }
    : {
        and: [
          { createdBy: { equals: user.id } },
          { reviewStatus: { in: ['in-review', 'changes-requested'] } },
        ],
      }
  const [rows, stats] = await Promise.all([
    findRows(payload, user, where, locale?.code),
    editor ? outboxStats(payload) : undefined,
  ])
  const adminRoute = payload.config.routes.admin
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })

  return (
    <section className="review-queue" aria-labelledby="review-queue-heading">
      <div className="review-queue__head">
        <h2 id="review-queue-heading">
          {t(editor ? TEXT.queue : TEXT.mine)}{' '}
          <span className="review-queue__count">{rows.length}</span>
        </h2>
        {stats && (
          <p className="review-queue__outbox" data-testid="outbox-pending">
            {t(TEXT.outbox)}:{' '}
            {stats.pending === 0
              ? t(TEXT.upToDate)
              : `${stats.pending} ${t(TEXT.pending)}${stats.failed ? `, ${stats.failed} ${t(TEXT.failing)}` : ''}`}
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="review-queue__empty">{t(editor ? TEXT.emptyQueue : TEXT.emptyMine)}</p>
      ) : (
        <div className="review-queue__table-wrap">
          <table className="review-queue__table">
            <thead>
              <tr>
                <th scope="col">{t(TEXT.title)}</th>
                <th scope="col">{t(TEXT.type)}</th>
                {editor ? (
                  <th scope="col">{t(TEXT.author)}</th>
                ) : (
                  <th scope="col">{t(TEXT.status)}</th>
                )}
                <th scope="col">{t(TEXT.updated)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.collection}/${row.id}`}>
                  <td>
                    <a href={`${adminRoute}/collections/${row.collection}/${row.id}`}>
                      {row.title || t(TEXT.untitled)}
                    </a>
                  </td>
                  <td>{t(payload.collections[row.collection].config.labels.singular as Label)}</td>
                  {editor ? (
                    <td>{row.author}</td>
                  ) : (
                    <td>{t(row.reviewStatus === 'in-review' ? TEXT.inReview : TEXT.returned)}</td>
                  )}
                  <td>{row.updatedAt ? dateFormat.format(new Date(row.updatedAt)) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
