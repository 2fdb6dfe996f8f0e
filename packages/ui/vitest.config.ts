import { defineConfig } from "vitest/config";

/** Unit tests of the design system's pure parts (i18n, slot registry); no DOM needed. */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
