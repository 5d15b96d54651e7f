import type { ContentCollection } from '../../collections/slugs.js'
import { PORTAL_SEGMENTS, portalPath } from '../interop/urls.js'
import type { Locale } from '../localization.js'

export { portalPath }

/** The collection a portal path segment (`models`, `places` …) shows. */
export const collectionOfSegment = (segment: string): ContentCollection | undefined =>
  (Object.entries(PORTAL_SEGMENTS) as [ContentCollection, string][]).find(
    ([, s]) => s === segment,
  )?.[0]

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

/** The same state with one parameter changed (or removed) and the page reset. */
export const withParam = (state: QueryState, key: string, value?: string): QueryState => {
  const { page: _page, ...rest } = state
  void _page
  return { ...rest, [key]: value }
}

export const schoolPath = (locale: Locale, id: number | string) => `/${locale}/schools/${id}`
