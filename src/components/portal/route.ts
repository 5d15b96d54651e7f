import { notFound } from 'next/navigation.js'

import type { Locale } from '../../localization.js'
import { localeOf } from '../../portal/i18n.js'

/** The route's locale; any other first segment is a 404. */
export const resolveLocale = async (params: Promise<{ locale: string }>): Promise<Locale> => {
  const locale = localeOf((await params).locale)
  if (!locale) notFound()
  return locale
}

/** A single query parameter (the first when repeated). */
export const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value
