import { describe, expect, it } from "vitest";
import { type Batch, catchUp } from "./catch-up.ts";

describe("catchUp", () => {
  it("follows the cursor to the end, adding up what each batch did", async () => {
    const pages: Record<string, Batch> = {
      start: { processed: 100, created: 99, nextCursor: "a" },
      a: { processed: 100, created: 100, nextCursor: "b" },
      b: { processed: 3, created: 3, nextCursor: null },
    };
    const asked: (string | null)[] = [];
    const seen: number[] = [];
    const created = await catchUp(
      async (after) => {
        asked.push(after);
        return pages[after ?? "start"] as Batch;
      },
      (done) => seen.push(done),
    );
    expect(created).toBe(202);
    expect(asked).toEqual([null, "a", "b"]);
    expect(seen).toEqual([100, 200, 203]);
  });

  it("stops after one batch when nothing was waiting", async () => {
    const seen: number[] = [];
    expect(
      await catchUp(
        async () => ({ processed: 0, created: 0, nextCursor: null }),
        (d) => seen.push(d),
      ),
    ).toBe(0);
    expect(seen).toEqual([0]);
  });
});
