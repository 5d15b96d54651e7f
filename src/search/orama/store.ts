import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { SearchDocument } from '../types.js'

/** Bump when the document shape changes: files of another version are then ignored and rebuilt. */
const FORMAT = 2

export type LogEntry = { upsert: SearchDocument } | { remove: string }

/**
 * The snapshot's documents with the logged changes applied in order. A torn last line (the process
 * died while appending) ends the log; every earlier line was complete.
 */
export const replay = (snapshot: readonly SearchDocument[], log: string): SearchDocument[] => {
  const docs = new Map(snapshot.map((doc) => [doc.id, doc]))
  for (const line of log.split('\n')) {
    if (!line) continue
    let entry: LogEntry
    try {
      entry = JSON.parse(line) as LogEntry
    } catch {
      break
    }
    if ('upsert' in entry) docs.set(entry.upsert.id, entry.upsert)
    else docs.delete(entry.remove)
  }
  return [...docs.values()]
}

/**
 * The in-process index on disk: the documents as a snapshot, plus a log of the changes since.
 * A change is one short append, awaited before the outbox lets go of it, so a killed process loses
 * nothing it acknowledged; the snapshot is rewritten only now and then. Orama's own index is not
 * saved (serializing it blocked the process for a second per write burst); it is rebuilt from the
 * documents on start. File operations run one at a time, in the order they were asked for.
 */
export class DocumentStore {
  private queue: Promise<unknown> = Promise.resolve()
  /** Log lines written since the last snapshot. */
  logged = 0

  constructor(private readonly dir: string) {}

  get snapshotFile(): string {
    return path.join(this.dir, `documents-v${FORMAT}.json`)
  }

  private get logFile(): string {
    return path.join(this.dir, `documents-v${FORMAT}.log`)
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => {})
    return run
  }

  /** The stored documents; null when there is no snapshot. Throws when the snapshot is unreadable. */
  read(): Promise<SearchDocument[] | null> {
    return this.enqueue(async () => {
      let snapshot: unknown
      try {
        snapshot = JSON.parse(await readFile(this.snapshotFile, 'utf8'))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw err
      }
      if (!Array.isArray(snapshot)) throw new Error('the snapshot is not a list of documents')
      const log = await readFile(this.logFile, 'utf8').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return ''
        throw err
      })
      this.logged = log.split('\n').filter(Boolean).length
      return replay(snapshot as SearchDocument[], log)
    })
  }

  append(entries: LogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve()
    return this.enqueue(async () => {
      await mkdir(this.dir, { recursive: true })
      await appendFile(this.logFile, entries.map((e) => `${JSON.stringify(e)}\n`).join(''))
      this.logged += entries.length
    })
  }

  /**
   * Writes all documents as the new snapshot (temp file, then rename) and empties the log. `docs` is
   * read when the write starts, so changes asked for before it are in it; a change logged after it
   * is replayed over it, which is harmless since replaying an upsert or remove twice changes nothing.
   */
  snapshot(docs: () => SearchDocument[]): Promise<void> {
    return this.enqueue(async () => {
      await mkdir(this.dir, { recursive: true })
      await writeFile(`${this.snapshotFile}.tmp`, JSON.stringify(docs()))
      await rename(`${this.snapshotFile}.tmp`, this.snapshotFile)
      await writeFile(this.logFile, '')
      this.logged = 0
    })
  }

  /** Waits for every file operation asked for so far. */
  settled(): Promise<void> {
    return this.enqueue(async () => {})
  }

  removeFiles(): Promise<void> {
    return this.enqueue(() => rm(this.dir, { recursive: true, force: true }))
  }
}
