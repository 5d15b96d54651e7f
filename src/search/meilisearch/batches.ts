/**
 * Collects records into batches of at most `maxBytes` of JSON each, in order, so that a bulk write
 * sends few large payloads instead of one request per document, and none over Meilisearch's
 * payload limit. A record larger than `maxBytes` on its own goes alone (Meilisearch then refuses
 * it with a clear error rather than the batch silently dropping it). No I/O: the caller sends.
 */
export class ByteBatcher<T> {
  private current: T[] = []
  /** The JSON array's brackets, plus each record and the comma before all but the first. */
  private size = 2

  constructor(private readonly maxBytes: number) {
    if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be positive, got ${maxBytes}`)
  }

  /** Adds a record; returns the batch it closed when the record did not fit beside it. */
  add(record: T): T[] | undefined {
    const bytes = Buffer.byteLength(JSON.stringify(record))
    const added = this.current.length === 0 ? bytes : bytes + 1
    if (this.current.length > 0 && this.size + added > this.maxBytes) {
      const full = this.current
      this.current = [record]
      this.size = 2 + bytes
      return full
    }
    this.current.push(record)
    this.size += added
    return undefined
  }

  /** The last, partly filled batch (undefined when empty); the batcher starts over. */
  flush(): T[] | undefined {
    if (this.current.length === 0) return undefined
    const last = this.current
    this.current = []
    this.size = 2
    return last
  }
}

/** All of `records` in batches of at most `maxBytes` (see `ByteBatcher`). */
export const batchByBytes = <T>(records: T[], maxBytes: number): T[][] => {
  const batcher = new ByteBatcher<T>(maxBytes)
  const batches: T[][] = []
  for (const record of records) {
    const full = batcher.add(record)
    if (full) batches.push(full)
  }
  const last = batcher.flush()
  if (last) batches.push(last)
  return batches
}
