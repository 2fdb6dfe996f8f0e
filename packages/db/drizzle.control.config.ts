import { defineConfig } from "drizzle-kit";

/** drizzle-kit config of the control database (`pnpm db:generate`); applied with table `__migrations_control`. */
export default defineConfig({
  dialect: "turso",
  schema: "./src/control/*schema.ts",
  out: "./migrations/control",
});
