/**
 * An in-process FIFO async mutex: `run` calls execute one at a time, in call order.
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
    const result = this.#tail.then(fn).finally(() => {
      this.#pending--;
    });
    this.#tail = result.then(ignore, ignore);
    return result;
  }
}

function ignore(): void {}
