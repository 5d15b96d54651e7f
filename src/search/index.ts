/** Search: the in-process API the route, the portal, the admin and the scripts use. */
export { parseSearchParams, type SearchParams } from './params.js'
export { searchContent, type SearchHit, type SearchResponse } from './query.js'
export {
  drainOutbox,
  enqueueSearchUpdate,
  outboxStats,
  startOutboxWorker,
  syncItem,
} from './outbox.js'
export { ensureIndex, reindexAll, searchDrift, type Drift } from './reindex.js'
export { searchProcessWarnings, startSearch, warnAboutSearchProcesses } from './lifecycle.js'
export { engineFor, setEngine, createEngine } from './engine.js'
export { toSearchDocument, compoundParts, documentId } from './document.js'
export type { SearchDocument, SearchEngine } from './types.js'
