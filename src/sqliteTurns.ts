import { AsyncLocalStorage } from 'node:async_hooks'

import type { DatabaseAdapterObj } from 'payload'

import { processState } from './processState.js'

/*
 * Transactions on SQLite. Payload's SQLite adapter runs without them unless `transactionOptions` is
 * set, and with them concurrent writers failed with SQLITE_BUSY. Two causes, both in libsql:
 *
 * 1. `client.transaction()` hands its connection to the transaction and opens a new one on next use.
 *    The adapter sets `PRAGMA busy_timeout` once, at connect, so every later connection has none and
 *    a second writer fails at once.
 * 2. libsql is synchronous. A statement waiting for SQLite's write lock blocks the event loop, so a
 *    writer waiting on a transaction of its own process keeps that transaction from finishing: both
 *    stand still until the busy timeout runs out.
 *
 * So inside a process writers take turns, first come first served: a transaction holds its turn from
 * BEGIN to COMMIT or ROLLBACK, and a write outside one holds it for its statement. Reads take no turn
 * (WAL lets them run beside the writer). Every connection gets the busy timeout, which then only waits
 * for other processes on the same file (the worker).
 *
 * One case would still stand still: a request that holds a transaction and writes outside it, which
 * Payload 3.90's forgot-password does on purpose (its per-account reservation, written with
 * `transactionID` unset so that it commits apart). On SQLite that write cannot pass the request's
 * own write lock, so it joins the request's transaction instead: it then commits with it, and
 * Payload releases the reservation itself when the operation fails. Requests are told apart by
 * `oneRequest` (src/server/app.ts runs each HTTP request in one).
 *
 * Upstream note for @libsql/client 0.14: the connection opened after `transaction()` should get
 * the client's pragmas (busy_timeout).
 */

/** The parts of a libsql client (`@libsql/client`'s `Client`) that write. */
type Statement = string | { sql: string }
type LibsqlTransaction = {
  execute: (statement: Statement, args?: unknown) => Promise<unknown>
  batch: (statements: Statement[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
  readonly closed: boolean
}
export type LibsqlClient = {
  execute: (statement: Statement, args?: unknown) => Promise<unknown>
  batch: (statements: Statement[], mode?: string) => Promise<unknown>
  migrate: (statements: Statement[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<LibsqlTransaction>
}

/**
 * Per request: the transactions it holds open, per database file. Once per process, like the turns
 * below, so that Next's bundled copy of this module and its client share them (src/processState.ts).
 */
const requests = processState(
  'sqliteTurns#requests',
  () => new AsyncLocalStorage<Map<string, Set<LibsqlTransaction>>>(),
)
/** Per database file: its queue of turns, shared by every client of the process on that file. */
const queues = processState('sqliteTurns#queues', () => new Map<string, TurnQueue>())

/** Runs `work` as one request, whose writes outside its own open transaction join it. */
export const oneRequest = <T>(work: () => T): T => requests.run(new Map(), work)

/** The transaction that the current request holds open on the file, if any. */
const heldByRequest = (file: string): LibsqlTransaction | undefined => {
  const held = requests.getStore()?.get(file)
  return held && [...held].find((tx) => !tx.closed)
}

/** Statements that only read: they need no turn. */
const READS = /^\s*(select|pragma|explain)\b/i
const sqlOf = (statement: Statement): string =>
  typeof statement === 'string' ? statement : statement.sql

/** Answered, like SQLite's own SQLITE_BUSY, when a turn does not come within the busy timeout. */
export class WriteTurnTimeout extends Error {
  readonly code = 'SQLITE_BUSY'
  constructor(waitMs: number) {
    super(
      `SQLITE_BUSY: no turn to write within ${waitMs} ms (another write of this process held it)`,
    )
  }
}

type TurnQueue = () => Promise<() => void>
/**
 * A first-come-first-served queue of turns. `take` resolves with the function that gives the turn
 * back, or rejects with WriteTurnTimeout after `waitMs`; a waiter that gives up passes its place on.
 */
export const turnQueue = (waitMs: number): TurnQueue => {
  let last: Promise<void> = Promise.resolve()
  return async (): Promise<() => void> => {
    const previous = last
    let giveBack!: () => void
    last = new Promise<void>((resolve) => (giveBack = resolve))
    const came = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), waitMs)
      void previous.then(() => {
        clearTimeout(timer)
        resolve(true)
      })
    })
    if (!came) {
      void previous.then(giveBack)
      throw new WriteTurnTimeout(waitMs)
    }
    return giveBack
  }
}

/**
 * Makes every write through `client` take its turn on `file` (the database's URL), and every
 * connection it opens wait `busyMs`.
 */
export const takeTurnsToWrite = async (
  client: LibsqlClient,
  file: string,
  busyMs: number,
): Promise<void> => {
  let take = queues.get(file)
  if (!take) queues.set(file, (take = turnQueue(busyMs)))
  const pragma = `PRAGMA busy_timeout = ${busyMs}`
  const execute = client.execute.bind(client)
  // The connection in use now may already be a replacement (a migration's transaction).
  await execute(pragma)
  /** A write outside a transaction: in the request's own open transaction, else in its turn. */
  const inTurn =
    <A extends unknown[], R>(
      write: (...args: A) => Promise<R>,
      inHeld?: (tx: LibsqlTransaction, ...args: A) => Promise<R>,
    ) =>
    async (...args: A): Promise<R> => {
      const held = inHeld && heldByRequest(file)
      if (held) return inHeld(held, ...args)
      const giveBack = await take()
      try {
        return await write(...args)
      } finally {
        giveBack()
      }
    }
  const executeInTurn = inTurn(execute, (tx, statement, args) => tx.execute(statement, args))
  client.execute = (statement, args) =>
    READS.test(sqlOf(statement)) ? execute(statement, args) : executeInTurn(statement, args)
  client.batch = inTurn(client.batch.bind(client), (tx, statements) => tx.batch(statements))
  client.migrate = inTurn(client.migrate.bind(client))
  client.executeMultiple = inTurn(client.executeMultiple.bind(client), (tx, sql) =>
    tx.executeMultiple(sql),
  )

  const transaction = client.transaction.bind(client)
  client.transaction = async (mode) => {
    const giveBack = await take()
    const request = requests.getStore()
    let held: Set<LibsqlTransaction> | undefined
    let tx: LibsqlTransaction | undefined
    let given = false
    const end = () => {
      if (tx) held?.delete(tx)
      if (!given) giveBack()
      given = true
    }
    try {
      tx = await transaction(mode)
      if (request) {
        held = request.get(file) ?? new Set()
        request.set(file, held.add(tx))
      }
      // The connection libsql opened in place of the one the transaction took.
      await execute(pragma)
      const opened = tx
      const { commit, rollback, close } = opened
      opened.commit = async () => {
        try {
          await commit.call(opened)
        } finally {
          // A COMMIT that failed leaves the transaction open for the ROLLBACK that follows.
          if (opened.closed) end()
        }
      }
      opened.rollback = async () => {
        try {
          await rollback.call(opened)
        } finally {
          end()
        }
      }
      opened.close = () => {
        try {
          close.call(opened)
        } finally {
          end()
        }
      }
      return opened
    } catch (err) {
      end()
      throw err
    }
  }
}

/**
 * The adapter with transactions, whose client takes turns once connected. The adapter's `connect`
 * creates the client (and sets the first connection's pragmas); the turns wrap it right after.
 */
export const withWriteTurns = (
  adapter: DatabaseAdapterObj,
  busyMs: number,
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
      client?: LibsqlClient
      clientConfig: { url: string }
    }
    const connect = db.connect!.bind(db)
    db.connect = async (options) => {
      const fresh = !db.client
      await connect(options)
      if (fresh && db.client) await takeTurnsToWrite(db.client, db.clientConfig.url, busyMs)
    }
    return db
  },
})
