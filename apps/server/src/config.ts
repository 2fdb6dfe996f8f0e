import { hostname } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { newId } from "@quartet/core";

/** Everything the server reads from its environment, with the defaults a first run needs. */
export type ServerConfig = {
  /** Where the embedded databases live (`control.db`, `orgs/<id>.db`). */
  dataDir: string;
  /** Control database URL; defaults to a file in `dataDir`. A `libsql://` URL scales out. */
  controlDbUrl: string | null;
  controlDbAuthToken: string | null;
  /** Template for organisation databases on a libSQL server, e.g. `libsql://{org}.db.example.com`. */
  orgDbUrlTemplate: string | null;
  orgDbAuthToken: string | null;
  port: number;
  host: string;
  /** The built admin app served at `/`. */
  adminDir: string;
  logLevel: string;
  /** How many organisation databases stay open at once. */
  orgDbCacheSize: number;
  /** How often the event dispatcher and job scheduler sweep all organisations. */
  sweepIntervalMs: number;
  /** Unique per process: names the holder of event and job leases. */
  instanceId: string;
};

const defaultAdminDir = fileURLToPath(new URL("../../admin/dist", import.meta.url));

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

/** Reads the configuration from environment variables (see docs/operations.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    dataDir: resolve(env.QUARTET_DATA_DIR ?? "./data"),
    controlDbUrl: env.QUARTET_CONTROL_DB_URL || null,
    controlDbAuthToken: env.QUARTET_CONTROL_DB_AUTH_TOKEN || null,
    orgDbUrlTemplate: env.QUARTET_ORG_DB_URL_TEMPLATE || null,
    orgDbAuthToken: env.QUARTET_ORG_DB_AUTH_TOKEN || null,
    port: intFrom(env.PORT, 3000, "PORT"),
    host: env.HOST ?? "0.0.0.0",
    adminDir: resolve(env.QUARTET_ADMIN_DIR ?? defaultAdminDir),
    logLevel: env.LOG_LEVEL ?? "info",
    orgDbCacheSize: intFrom(env.QUARTET_ORG_DB_CACHE_SIZE, 200, "QUARTET_ORG_DB_CACHE_SIZE"),
    sweepIntervalMs: intFrom(env.QUARTET_SWEEP_INTERVAL_MS, 5000, "QUARTET_SWEEP_INTERVAL_MS"),
    instanceId: `${hostname()}:${process.pid}:${newId("proc").slice(-6)}`,
  };
}
