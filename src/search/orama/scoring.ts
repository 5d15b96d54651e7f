import { index as indexComponent, internalDocumentIDStore } from '@orama/orama/components'

type IndexComponent = ReturnType<typeof indexComponent.createIndex>
type IndexData = {
  sharedInternalDocumentStore: Parameters<typeof internalDocumentIDStore.getInternalDocumentId>[0]
  avgFieldLength: Record<string, number | undefined>
  fieldLengths: Record<string, Record<number, number | undefined>>
  frequencies: Record<string, Record<number, Record<string, number> | undefined>>
  tokenOccurrences: Record<string, Record<string, number>>
}

const internalId = (
  data: IndexData,
  id: Parameters<IndexComponent['insertDocumentScoreParameters']>[2],
) => internalDocumentIDStore.getInternalDocumentId(data.sharedInternalDocumentStore, id)

/**
 * Orama's per-document frequency table is a plain object grown one token key at a time, which
 * makes V8 build a new hidden class per key order: the largest cost of a reindex. A null-prototype
 * object is a dictionary from the start. The values are Orama's.
 */
const insertDocumentScoreParameters: IndexComponent['insertDocumentScoreParameters'] = (
  index,
  prop,
  id,
  tokens,
  docsCount,
) => {
  const data = index as unknown as IndexData
  const internal = internalId(data, id)
  data.avgFieldLength[prop] =
    ((data.avgFieldLength[prop] ?? 0) * (docsCount - 1) + tokens.length) / docsCount
  data.fieldLengths[prop]![internal] = tokens.length
  data.frequencies[prop]![internal] = Object.create(null) as Record<string, number>
}

let countedTokens: readonly string[] | undefined
let counts = new Map<string, number>()

/**
 * Orama counts a token's occurrences by rescanning all the field's tokens, once per token
 * (quadratic in the field's length); they are counted once per field here (Orama calls this for
 * one field's tokens in a row, with the same array).
 */
const insertTokenScoreParameters: IndexComponent['insertTokenScoreParameters'] = (
  index,
  prop,
  id,
  tokens,
  token,
) => {
  if (tokens !== countedTokens) {
    countedTokens = tokens
    counts = new Map()
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  const data = index as unknown as IndexData
  data.frequencies[prop]![internalId(data, id)]![token] = counts.get(token)! / tokens.length
  data.tokenOccurrences[prop]![token] = (data.tokenOccurrences[prop]![token] ?? 0) + 1
}

/** Orama's index component with cheaper scoring bookkeeping (same scores). */
export const indexWithFastScoring = (): IndexComponent => ({
  ...indexComponent.createIndex(),
  insertDocumentScoreParameters,
  insertTokenScoreParameters,
})
