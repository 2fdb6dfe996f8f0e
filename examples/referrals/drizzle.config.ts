import { defineConfig } from "drizzle-kit";

/** drizzle-kit config of the plugin's tables; applied under `__migrations_referrals`. */
export default defineConfig({ dialect: "sqlite", schema: "./src/db/schema.ts", out: "./migrations" });
