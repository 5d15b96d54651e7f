import type { Locale } from '../../localization.js'
import { clientText, format, formatDate, formatNumber, messages } from '../../portal/i18n.js'
import type { OwnRating, PublicComment, RatingSummary } from '../../portal/ratings.js'
import { RatingForm } from './RatingForm.js'

type Props = {
  locale: Locale
  item: { relationTo: string; value: number | string }
  summary: RatingSummary
  comments: PublicComment[]
  signedIn: boolean
  own: OwnRating | null
  loginHref: string
}

/** The average and count, approved comments, and the form for a signed-in teacher. */
export const RatingPanel = ({
  locale,
  item,
  summary,
  comments,
  signedIn,
  own,
  loginHref,
}: Props) => {
  const t = messages(locale).rating
  return (
    <section className="panel" aria-labelledby="ratings-title" data-testid="ratings">
      <h2 id="ratings-title">{t.title}</h2>
      {summary.count && summary.average !== null ? (
        <p
          className="rating-summary"
          data-testid="rating-summary"
          data-average={summary.average}
          data-count={summary.count}
        >
          <span className="stars" aria-hidden="true">
            ★{' '}
          </span>
          {format(t.average, { average: formatNumber(summary.average, locale) })} ·{' '}
          {summary.count === 1 ? t.oneRating : format(t.count, { count: summary.count })}
        </p>
      ) : (
        <p className="empty" data-testid="rating-summary" data-count={0}>
          {t.none}
        </p>
      )}
      {signedIn ? (
        <RatingForm item={item} existing={own} t={t} text={clientText(locale)} />
      ) : (
        <p>
          <a href={loginHref}>{t.signInToRate}</a>
        </p>
      )}
      <h3>{t.comments}</h3>
      {comments.length ? (
        <ul className="comments">
          {comments.map((c) => (
            <li key={String(c.id)}>
              <span className="stars" aria-label={t.stars.replace('{count}', String(c.rating))}>
                {'★'.repeat(c.rating)}
              </span>{' '}
              <small>{formatDate(c.updatedAt, locale)}</small>
              <p>{c.comment}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t.noComments}</p>
      )}
    </section>
  )
}
