import { defineConfig } from "vitest/config";

// Packing runs each package's build (prepack: tsc), which takes a while on a busy machine: seven packages, the host the largest.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 1_800_000 },
});
