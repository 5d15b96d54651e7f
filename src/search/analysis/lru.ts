/**
 * A bounded least-recently-used map: the words of a corpus follow Zipf's law, so a cache of the
 * commonest ones answers almost every lookup while indexing 100 000 documents.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>()
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key)
    if (value === undefined) return undefined
    // Re-inserting moves the key to the end: the first key is the least recently used.
    this.map.delete(key)
    this.map.set(key, value)
    return value
  }

  set(key: K, value: V): void {
    this.map.delete(key)
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as K)
    this.map.set(key, value)
  }

  get size(): number {
    return this.map.size
  }
}
