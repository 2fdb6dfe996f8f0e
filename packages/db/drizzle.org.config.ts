import { defineConfig } from "drizzle-kit";

/** drizzle-kit config of the core tables of every organisation database; applied with table `__migrations_core`. */
export default defineConfig({
  dialect: "turso",
  schema: "./src/org/*schema.ts",
  out: "./migrations/org",
});
