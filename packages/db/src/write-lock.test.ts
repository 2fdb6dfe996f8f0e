import { describe, expect, it } from "vitest";
import { WriteLock } from "./write-lock.ts";

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe("WriteLock", () => {
  it("runs calls one at a time, in the order they were made", async () => {
    const lock = new WriteLock();
    const log: string[] = [];
    const task = (name: string, steps: number) =>
      lock.run(async () => {
        for (let step = 0; step < steps; step++) {
          log.push(`${name}${step}`);
          await tick();
        }
        return name;
      });
    const results = await Promise.all([task("a", 3), task("b", 1), task("c", 2)]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a0", "a1", "a2", "b0", "c0", "c1"]);
  });

  it("releases the lock when a call throws, and hands the error to that caller only", async () => {
    const lock = new WriteLock();
    const failing = lock.run(async () => {
      await tick();
      throw new Error("boom");
    });
    const next = lock.run(async () => "after");
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("after");
  });

  it("releases the lock when fn throws synchronously", async () => {
    const lock = new WriteLock();
    const failing = lock.run((() => {
      throw new Error("sync");
    }) as () => Promise<never>);
    await expect(failing).rejects.toThrow("sync");
    await expect(lock.run(async () => 1)).resolves.toBe(1);
  });

  it("counts queued and running calls in pending", async () => {
    const lock = new WriteLock();
    let release!: () => void;
    let running!: () => void;
    const started = new Promise<void>((resolve) => (running = resolve));
    const first = lock.run(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
          running();
        }),
    );
    const second = lock.run(async () => lock.pending);
    expect(lock.pending).toBe(2);
    await started;
    release();
    await first;
    expect(await second).toBe(1);
    expect(lock.pending).toBe(0);
  });
});
