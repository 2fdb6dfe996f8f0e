import { defineConfig } from "drizzle-kit";

/** drizzle-kit config of the first-sale tables; applied under `__migrations_first-sale`. */
export default defineConfig({ dialect: "sqlite", schema: "./src/db/schema.ts", out: "./migrations" });
