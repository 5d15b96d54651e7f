import type { Locale } from '../../localization.js'
import { format, formatNumber, messages } from '../../portal/i18n.js'
import type { RatingSummary } from '../../portal/ratings.js'

/** "★ 4,3 (12)": the average and count, worded in full for screen readers. */
export const RatingBadge = ({ summary, locale }: { summary: RatingSummary; locale: Locale }) => {
  if (!summary.count || summary.average === null) return null
  const t = messages(locale).rating
  const count = summary.count === 1 ? t.oneRating : format(t.count, { count: summary.count })
  const average = format(t.average, { average: formatNumber(summary.average, locale) })
  return (
    <span className="rating-badge">
      <span aria-hidden="true">
        <span className="stars">★</span> {formatNumber(summary.average, locale)} ({summary.count})
      </span>
      <span className="visually-hidden">
        {average}, {count}
      </span>
    </span>
  )
}
