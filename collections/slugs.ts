/**
 * Collection slugs, apart from the collection configs: hooks, search and the open interfaces need
 * the slugs, and importing them from collections/index.ts (which imports every collection, and so
 * every hook) closed an import cycle through the whole codebase.
 */

/** The reviewed, published content that search and the open interfaces expose. */
export const CONTENT_COLLECTIONS = [
  'pedagogical-models',
  'digital-materials',
  'learning-environments',
  'pilots',
] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]
