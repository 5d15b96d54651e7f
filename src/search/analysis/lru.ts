/**
 * A bounded cache that keeps the recently used entries: two generations, the current one and the
 * one before. A hit in the older generation moves the entry to the current one; when the current
 * generation is full it becomes the older one and the oldest is dropped whole. This approximates
 * least-recently-used without a Map delete and insert on every hit, which cost more than the
 * analysis it saved while indexing. The words of a corpus follow Zipf's law, so the commonest
 * stay and almost every lookup is a hit.
 */
export class Lru<K, V> {
  private current = new Map<K, V>()
  private older = new Map<K, V>()
  /** `limit` entries at most per generation, twice that in all. */
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key)
    if (value !== undefined) return value
    const old = this.older.get(key)
    if (old !== undefined) this.set(key, old)
    return old
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.older = this.current
      this.current = new Map()
    }
    this.current.set(key, value)
  }

  get size(): number {
    return this.current.size + this.older.size
  }
}
