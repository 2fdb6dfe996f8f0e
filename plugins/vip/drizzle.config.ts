import { defineConfig } from "drizzle-kit";

/** drizzle-kit config of the VIP tables; applied under `__migrations_vip`. */
export default defineConfig({ dialect: "sqlite", schema: "./src/db/schema.ts", out: "./migrations" });
