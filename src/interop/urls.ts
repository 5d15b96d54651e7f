import { CONTENT_COLLECTIONS, type ContentCollection } from '../../collections/slugs.js'
import type { Locale } from '../localization.js'

/** The portal's path segment for each kind of content. */
export const PORTAL_SEGMENTS: Record<ContentCollection, string> = {
  'pedagogical-models': 'models',
  'digital-materials': 'materials',
  'learning-environments': 'places',
  pilots: 'pilots',
}

export const isContentCollection = (value: unknown): value is ContentCollection =>
  typeof value === 'string' && (CONTENT_COLLECTIONS as readonly string[]).includes(value)

/** The public portal page of an item: `/<locale>/<segment>/<slug>`. The one place that knows it. */
export const portalPath = (collection: ContentCollection, slug: string, locale: Locale): string =>
  `/${locale}/${PORTAL_SEGMENTS[collection]}/${encodeURIComponent(slug)}`

const trimmed = (serverUrl: string): string => serverUrl.replace(/\/+$/, '')

export const portalUrl = (
  serverUrl: string,
  collection: ContentCollection,
  slug: string,
  locale: Locale,
): string => `${trimmed(serverUrl)}${portalPath(collection, slug, locale)}`

/** The REST address of an item; also its JSON-LD `@id`. */
export const apiUrl = (serverUrl: string, collection: string, id: number | string): string =>
  `${trimmed(serverUrl)}/api/${collection}/${id}`

/** The host part of OAI identifiers: the server's host name without port. */
export const oaiHost = (serverUrl: string): string => new URL(serverUrl).hostname

export const oaiIdentifier = (serverUrl: string, collection: string, id: number | string): string =>
  `oai:${oaiHost(serverUrl)}:${collection}/${id}`

/** Splits an OAI identifier of this repository, or null when it is not one. */
export const parseOaiIdentifier = (
  serverUrl: string,
  identifier: string,
): { collection: ContentCollection; id: string } | null => {
  const prefix = `oai:${oaiHost(serverUrl)}:`
  if (!identifier.startsWith(prefix)) return null
  const match = /^([a-z-]+)\/([A-Za-z0-9_-]{1,64})$/.exec(identifier.slice(prefix.length))
  if (!match || !isContentCollection(match[1])) return null
  return { collection: match[1], id: match[2]! }
}
