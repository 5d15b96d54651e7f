import { portalPath } from '../interop/urls.js'
import type { Locale } from '../localization.js'

export { portalPath }

export type QueryState = Record<string, string | string[] | undefined>

/** A search page link: empty values are left out, so shared URLs stay short. */
export const searchPath = (locale: Locale, state: QueryState = {}): string => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(state)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v) query.append(key, v)
  }
  const text = query.toString()
  return `/${locale}/search${text ? `?${text}` : ''}`
}

export const schoolPath = (locale: Locale, id: number | string) => `/${locale}/schools/${id}`
