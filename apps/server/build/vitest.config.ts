import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The compiled server's test (`pnpm --filter @quartet/server test:compiled`): it builds and starts a real process. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: { include: ["**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
