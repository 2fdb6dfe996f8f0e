/**
 * An in-process FIFO async mutex: `run` calls execute one at a time, in call order. Each holder
 * starts on a fresh turn of the event loop (`setImmediate`): local libSQL statements run
 * synchronously, so without that turn a queue of writers would hand the lock on through
 * microtasks alone and keep timers and incoming requests waiting until the whole queue drained.
 *
 * It is not re-entrant: awaiting `run` on the same lock from inside `fn` waits forever, so code
 * already inside a write passes its transaction down instead of starting another write.
 *
 * @example await lock.run(async () => { await writeSomething(); })
 */
export class WriteLock {
  #tail: Promise<void> = Promise.resolve();
  #pending = 0;

  /** How many `run` calls are queued or running right now (0 when the lock is idle). */
  get pending(): number {
    return this.#pending;
  }

  /** Runs `fn` once every earlier call has settled; the lock is released whether `fn` resolves or throws. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    this.#pending++;
    const result = this.#tail
      .then(nextTurn)
      .then(fn)
      .finally(() => {
        this.#pending--;
      });
    this.#tail = result.then(ignore, ignore);
    return result;
  }
}

function ignore(): void {}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
