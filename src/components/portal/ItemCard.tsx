import { gradeBandOptions } from '../../fields/vocabularies.js'
import type { Locale } from '../../localization.js'
import type { ItemCard as Card } from '../../portal/data.js'
import { messages, optionLabel } from '../../portal/i18n.js'
import type { RatingSummary } from '../../portal/ratings.js'
import { portalPath } from '../../portal/urls.js'
import { RatingBadge } from './RatingBadge.js'

/** One item in a grid of cards: type, title (the link), summary, grade bands. */
export const ItemCard = ({
  card,
  locale,
  rating,
}: {
  card: Card
  locale: Locale
  rating?: RatingSummary
}) => {
  const t = messages(locale)
  return (
    <li className="card">
      <span className="type-label">{t.types[card.collection]}</span>
      <h3>
        <a href={portalPath(card.collection, card.slug, locale)}>{card.title}</a>
      </h3>
      {card.summary ? <p>{card.summary}</p> : null}
      <div className="meta">
        {card.gradeBands.map((band) => (
          <span className="chip" key={band}>
            {optionLabel(gradeBandOptions, band, locale)}
          </span>
        ))}
        {rating ? <RatingBadge summary={rating} locale={locale} /> : null}
      </div>
    </li>
  )
}
