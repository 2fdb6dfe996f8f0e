import { defineConfig } from "vitest/config";

/** Browser tests against the real server: `pnpm e2e` (needs `pnpm build` and Chromium). One file at a time. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    // A cold server creates and migrates an organisation's database on first use: give the page time.
    expect: { poll: { timeout: 10_000 } },
  },
});
