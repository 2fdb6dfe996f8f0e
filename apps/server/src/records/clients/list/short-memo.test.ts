import { describe, expect, it } from "vitest";
import { shortMemo } from "./short-memo.ts";

describe("shortMemo: a value per database and key for ttlMs", () => {
  const steps = [
    { what: "first ask computes", db: "a", key: "k", at: 0, computes: true, value: 1 },
    { what: "inside ttl: remembered", db: "a", key: "k", at: 999, computes: false, value: 1 },
    { what: "another key computes", db: "a", key: "j", at: 999, computes: true, value: 2 },
    { what: "another database computes", db: "b", key: "k", at: 999, computes: true, value: 3 },
    { what: "at ttl: computed again", db: "a", key: "k", at: 1000, computes: true, value: 4 },
    { what: "past the entry limit: starts over", db: "a", key: "j", at: 1001, computes: true, value: 5 },
  ] as const;

  it.each([{ ttl: 1000 }])("follows each step (ttl $ttl ms, two entries a database)", async ({ ttl }) => {
    const memo = shortMemo<number>(ttl, 2);
    const dbs = { a: {}, b: {} };
    let computed = 0;
    for (const step of steps) {
      const before = computed;
      const value = await memo(dbs[step.db], step.key, async () => ++computed, step.at);
      expect({ step: step.what, computed: computed > before, value }).toEqual({
        step: step.what,
        computed: step.computes,
        value: step.value,
      });
    }
  });
});
