import { AsyncLocalStorage } from 'node:async_hooks';

import sqlite3 from 'sqlite3';

/** Values SQLite stores; booleans and dates are converted by the caller on purpose. */
export type SqlValue = string | number | null | Buffer;
export type SqlParams = readonly SqlValue[];

export interface RunResult {
  readonly changes: number;
  readonly lastID: number;
}

/** What a statement can be sent to: the database itself, or a transaction in progress. */
export interface SqlExecutor {
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Several statements without parameters (migrations, pragmas). */
  exec(sql: string): Promise<void>;
}

export interface Database extends SqlExecutor {
  readonly file: string;
  /**
   * Runs `work` inside BEGIN IMMEDIATE … COMMIT, rolling back if it throws. Inside `work`, use the
   * `tx` handle it receives: the database's own methods wait for the transaction to end.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Waits for queued statements, then closes. Later calls are refused. */
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly readOnly?: boolean;
  /** Treat `file` as a `file:` URI (used for read-only inspection with `immutable=1`). */
  readonly uri?: boolean;
  /** How long a statement waits for a lock held by another connection (another process). */
  readonly busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

function openRaw(file: string, options: OpenOptions): Promise<sqlite3.Database> {
  let mode = options.readOnly === true ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  if (options.uri === true) mode |= sqlite3.OPEN_URI;
  return new Promise((resolve, reject) => {
    const raw = new sqlite3.Database(file, mode, (error) => {
      if (error === null) resolve(raw);
      else reject(error);
    });
  });
}

/** Promise forms of the callback API, on one raw connection; no queueing at this level. */
function rawExecutor(raw: sqlite3.Database): SqlExecutor & { close(): Promise<void> } {
  return {
    run: (sql, params = []) =>
      new Promise((resolve, reject) => {
        raw.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
          if (error === null) resolve({ changes: this.changes, lastID: this.lastID });
          else reject(error);
        });
      }),
    // Not sqlite3's own `get`: it steps once and finalizes, and a failure after the first row is
    // lost. For `INSERT … RETURNING` outside a transaction that failure is the commit itself (a
    // full disk): the caller would get the row back while SQLite rolled the change back. Stepping
    // to the end surfaces it.
    get: <T>(sql: string, params: SqlParams = []) =>
      new Promise<T | undefined>((resolve, reject) => {
        raw.all<T>(sql, params, (error, rows) => {
          if (error === null) resolve(rows[0]);
          else reject(error);
        });
      }),
    all: <T>(sql: string, params: SqlParams = []) =>
      new Promise<T[]>((resolve, reject) => {
        raw.all<T>(sql, params, (error, rows) => {
          if (error === null) resolve(rows);
          else reject(error);
        });
      }),
    exec: (sql) =>
      new Promise((resolve, reject) => {
        raw.exec(sql, (error) => {
          if (error === null) resolve();
          else reject(error);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        raw.close((error) => {
          if (error === null) resolve();
          else reject(error);
        });
      }),
  };
}

/**
 * Opens one connection and puts every statement behind a single queue.
 *
 * Why everything, reads included, goes through the queue: a transaction on a connection is a state
 * of that connection, not of the code that began it. With one shared connection, a statement issued
 * by another part of the kiosk while a transaction is open would silently run *inside* it — and be
 * rolled back with it, or commit half of someone else's work. Holding the queue for the whole
 * transaction makes every other statement wait its turn instead.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database> {
  const raw = await openRaw(file, options);
  raw.configure('busyTimeout', options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
  const direct = rawExecutor(raw);

  let tail: Promise<unknown> = Promise.resolve();
  let closing: Promise<void> | undefined;
  // Marks the async context of a transaction's own work, so that calling `db.run` (instead of
  // `tx.run`) there fails at once instead of waiting forever behind the transaction holding the queue.
  const insideTransaction = new AsyncLocalStorage<{ open: boolean }>();

  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    if (closing !== undefined) return Promise.reject(new Error(`The database ${file} is closed.`));
    if (insideTransaction.getStore()?.open === true) {
      return Promise.reject(
        new Error('Inside a transaction, use its handle: the database queue waits for the transaction to end.'),
      );
    }
    const result = tail.then(job);
    tail = result.catch(() => undefined);
    return result;
  }

  async function runTransaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const state = { open: true };
    const guard = <R>(call: () => Promise<R>): Promise<R> =>
      state.open ? call() : Promise.reject(new Error('This transaction has already ended.'));
    const tx: SqlExecutor = {
      run: (sql, params) => guard(() => direct.run(sql, params)),
      get: <R>(sql: string, params?: SqlParams) => guard(() => direct.get<R>(sql, params)),
      all: <R>(sql: string, params?: SqlParams) => guard(() => direct.all<R>(sql, params)),
      exec: (sql) => guard(() => direct.exec(sql)),
    };
    // IMMEDIATE takes the write lock up front, so another process cannot make us fail half-way
    // with SQLITE_BUSY when a read turns into a write.
    await direct.exec('BEGIN IMMEDIATE');
    try {
      const value = await insideTransaction.run(state, () => work(tx));
      state.open = false;
      await direct.exec('COMMIT');
      return value;
    } catch (error) {
      state.open = false;
      // After some failures (SQLITE_FULL during COMMIT) SQLite has already rolled back; a second
      // ROLLBACK then reports "no transaction is active", which is not the error worth surfacing.
      await direct.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  return {
    file,
    run: (sql, params) => enqueue(() => direct.run(sql, params)),
    get: <T>(sql: string, params?: SqlParams) => enqueue(() => direct.get<T>(sql, params)),
    all: <T>(sql: string, params?: SqlParams) => enqueue(() => direct.all<T>(sql, params)),
    exec: (sql) => enqueue(() => direct.exec(sql)),
    transaction: (work) => enqueue(() => runTransaction(work)),
    close: () => {
      closing ??= enqueue(() => direct.close());
      return closing;
    },
  };
}
