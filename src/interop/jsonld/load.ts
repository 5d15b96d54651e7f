import type { Payload } from 'payload'

import type { ContentCollection } from '../../../collections/slugs.js'
import { isValidId } from '../../ids.js'
import { NO_JOINS } from '../../localApi.js'
import type { Locale } from '../../localization.js'

/**
 * A published item as the JSON-LD mapping reads it (depth 1, one locale), or null when there is
 * no such published item. Only the published table is read, whoever asks.
 */
export const loadPublished = async (
  payload: Payload,
  collection: ContentCollection,
  id: string,
  locale: Locale,
): Promise<(Record<string, unknown> & { id: number | string }) | null> => {
  if (!isValidId(payload, id)) return null
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale,
    depth: 1,
    ...NO_JOINS,
    limit: 1,
    pagination: false,
    draft: false,
    overrideAccess: true,
  })
  return docs[0] ? { ...docs[0] } : null
}
