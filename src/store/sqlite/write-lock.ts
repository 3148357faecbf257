const FREE = 0;

/**
 * The write lock of the connections one process holds on a SQLite file, one connection per
 * thread. A connection takes it before it begins a write transaction and gives it back after
 * the commit, so a transaction waits here for another thread's, without holding up its own
 * thread's event loop, instead of in SQLite's busy handler, which sleeps on the thread. The
 * state lives in a SharedArrayBuffer that every thread's lock is made over; it holds the id of
 * the holder, so a thread that ended while holding it can be told apart and its hold dropped.
 * Other processes (a CLI import) are still kept apart by SQLite's own file lock.
 */
export class WriteLock {
  readonly buffer: SharedArrayBuffer;
  readonly #state: Int32Array;
  readonly #holder: number;

  /** `holder` names this thread's hold: a positive number no other thread sharing `buffer` uses. */
  constructor(holder: number, buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    if (!Number.isInteger(holder) || holder <= FREE)
      throw new Error("a write lock holder is a positive integer");
    this.buffer = buffer;
    this.#state = new Int32Array(buffer);
    this.#holder = holder;
  }

  async acquire(): Promise<void> {
    for (;;) {
      const seen = Atomics.compareExchange(this.#state, 0, FREE, this.#holder);
      if (seen === FREE) return;
      if (seen === this.#holder) throw new Error("the write lock is held by this thread already");
      const wait = Atomics.waitAsync(this.#state, 0, seen);
      if (wait.async) await wait.value;
    }
  }

  release(): void {
    this.releaseHeldBy(this.#holder);
  }

  /** Drops `holder`'s hold, if it has one (the holder's thread ended). */
  releaseHeldBy(holder: number): void {
    if (Atomics.compareExchange(this.#state, 0, holder, FREE) === holder) Atomics.notify(this.#state, 0);
  }
}
