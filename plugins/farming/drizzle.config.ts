import { defineConfig } from "drizzle-kit";

/** drizzle-kit config of the farming tables; applied under `__migrations_farming`. */
export default defineConfig({ dialect: "sqlite", schema: "./src/db/schema.ts", out: "./migrations" });
