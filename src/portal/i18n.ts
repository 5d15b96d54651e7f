import type { Label } from '../fields/labels.js'
import { format, messagesFor } from '../i18n/messages/index.js'
import type { PortalMessages } from '../i18n/messages/portal.js'
import { isLocale, type Locale } from '../localization.js'

/** The portal's words (kept in the one catalogue, src/i18n/messages/) and its formatting helpers. */
export type Messages = PortalMessages

/** The portal's words in a locale. */
export const messages = (locale: Locale): Messages => messagesFor(locale).portal

export { format }

/** What a portal form needs in the browser to word a failed request. */
export const clientText = (locale: Locale) => ({ ...messagesFor(locale).client, locale })

/** A vocabulary option's label in the locale, or the raw value when it is not in the list. */
export const optionLabel = (
  options: readonly { value: string; label: Label }[],
  value: string,
  locale: Locale,
): string => options.find((o) => o.value === value)?.label[locale] ?? value

/** Numbers as people of the locale write them (decimal comma in fi and sv). */
export const formatNumber = (value: number, locale: Locale, digits = 1): string =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, {
    maximumFractionDigits: digits,
  }).format(value)

export const formatDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, { dateStyle: 'long' }).format(
    new Date(iso),
  )

/** The locale of a route segment, or null when the segment is not one. */
export const localeOf = (segment: unknown): Locale | null => (isLocale(segment) ? segment : null)

export const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' }

/** The same path in another locale (client-safe: this module imports no server code). */
export const switchLocale = (pathname: string, locale: Locale): string => {
  const rest = pathname.replace(/^\/(fi|sv|en)(?=\/|$)/, '')
  return `/${locale}${rest}`
}
