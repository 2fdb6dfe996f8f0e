import { defineConfig } from "drizzle-kit";

/** drizzle-kit config of the prospecting tables; applied under `__migrations_prospecting`. */
export default defineConfig({ dialect: "sqlite", schema: "./src/db/schema.ts", out: "./migrations" });
