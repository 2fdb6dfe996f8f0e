import { defineConfig } from "vitest/config";

/**
 * Unit tests of the app's pure modules (`pnpm test`), in Node without a DOM; they import no
 * components. Browser tests live in vitest.e2e.config.ts.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "build/**/*.test.ts"],
    environment: "node",
  },
});
