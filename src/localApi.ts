import type { CollectionSlug, Payload } from 'payload'

/**
 * Local API options that Payload accepts at run time but its generated types refuse.
 *
 * `joins: false` (skip every join field) is typed only for collections that have join fields, so a
 * query over a union of collections, or over one without joins, cannot say it. Typed `object`, the
 * spread adds nothing to the options' type and the call type-checks without a cast.
 */
export const NO_JOINS: object = { joins: false }

/** Narrows text from a URL or a file to a slug of this config's collections. */
export const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug =>
  Object.hasOwn(payload.collections, slug)
