import { isIP } from "node:net";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { newId } from "@quartet/core";
import { type SignUpSettings, signUpSettingsFrom } from "./auth/sign-up/settings.ts";
import { dadataUrl } from "./registry/dadata-adapter.ts";

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
  /** Where users reach Quartet (no trailing slash): links in mail, cookie security, the trusted origin. */
  publicUrl: string;
  /** Further origins (e.g. a separate admin host) allowed to make cookie-authenticated writes. */
  trustedOrigins: string[];
  /**
   * Addresses of reverse proxies whose `X-Forwarded-For` names the real client (sign-in rate limits)
   * and whose `X-Forwarded-Proto: https` earns a response HSTS.
   */
  trustedProxies: string[];
  /** The largest body a JSON API (`/trpc`, `/api/v1`, `/api/auth`) accepts (`QUARTET_MAX_BODY_KB`, 1024); 413 beyond. */
  maxBodyBytes: number;
  /** Signs session cookies; null means `<dataDir>/auth-secret`, created on first start (see `resolveAuthSecret`). */
  authSecret: string | null;
  /** SMTP server of outgoing mail, e.g. `smtps://user:pass@smtp.example.com`; null writes mail to the log. */
  smtpUrl: string | null;
  /** The sender of outgoing mail. */
  mailFrom: string;
  /** Where a self-diagnostic goes with a consultation request: a mail address and/or a URL receiving a JSON POST. */
  consultant: { email: string | null; url: string | null };
  /** The company registry's DaData-compatible API (`QUARTET_REGISTRY_URL`); each organisation sets its own token. */
  registryUrl: string;
  /**
   * Webhooks may go to this machine (`http://127.0.0.1`, `localhost`): only in test or development
   * (`NODE_ENV=test|development`); otherwise https to public addresses only.
   */
  webhooksAllowLoopback: boolean;
  /**
   * Who may sign up (`QUARTET_SIGNUP`: open, invitation, closed), whether a new address is confirmed
   * by mail first (`QUARTET_VERIFY_EMAIL`) and how many organisations one person may own
   * (`QUARTET_MAX_ORGS_PER_USER`, 10). See docs/operations.md, "Sign-up policy".
   */
  signUp: SignUpSettings;
};

const defaultAdminDir = fileURLToPath(new URL("../../admin/dist", import.meta.url));

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

function originOf(value: string, name: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
  } catch {}
  throw new Error(`${name} must be an http(s) URL, got "${value}"`);
}

function publicUrlFrom(value: string | undefined, port: number): string {
  if (!value) return `http://localhost:${port}`;
  originOf(value, "QUARTET_PUBLIC_URL");
  return value.replace(/\/+$/, "");
}

function originsFrom(value: string | undefined): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => originOf(entry, "QUARTET_TRUSTED_ORIGINS"));
}

function addressesFrom(value: string | undefined): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (isIP(entry) === 0) throw new Error(`QUARTET_TRUSTED_PROXIES must list IP addresses, got "${entry}"`);
  }
  return entries;
}

function secretFrom(value: string | undefined): string | null {
  if (!value) return null;
  if (value.length < 32) throw new Error("QUARTET_AUTH_SECRET must be at least 32 characters long");
  return value;
}

function consultantFrom(env: NodeJS.ProcessEnv): ServerConfig["consultant"] {
  const email = env.QUARTET_CONSULTANT_EMAIL?.trim() || null;
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email))
    throw new Error(`QUARTET_CONSULTANT_EMAIL must be a mail address, got "${email}"`);
  const url = env.QUARTET_CONSULTANT_URL?.trim() || null;
  if (url) originOf(url, "QUARTET_CONSULTANT_URL");
  return { email, url };
}

/** Reads the configuration from environment variables (see docs/operations.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = intFrom(env.PORT, 3000, "PORT");
  return {
    // Relative paths are read from where the user ran the command (pnpm sets INIT_CWD), not from apps/server.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), env.QUARTET_DATA_DIR || "./data"),
    controlDbUrl: env.QUARTET_CONTROL_DB_URL || null,
    controlDbAuthToken: env.QUARTET_CONTROL_DB_AUTH_TOKEN || null,
    orgDbUrlTemplate: env.QUARTET_ORG_DB_URL_TEMPLATE || null,
    orgDbAuthToken: env.QUARTET_ORG_DB_AUTH_TOKEN || null,
    port,
    host: env.HOST ?? "0.0.0.0",
    adminDir: resolve(env.INIT_CWD ?? process.cwd(), env.QUARTET_ADMIN_DIR || defaultAdminDir),
    logLevel: env.LOG_LEVEL ?? "info",
    orgDbCacheSize: intFrom(env.QUARTET_ORG_DB_CACHE_SIZE, 200, "QUARTET_ORG_DB_CACHE_SIZE"),
    sweepIntervalMs: intFrom(env.QUARTET_SWEEP_INTERVAL_MS, 5000, "QUARTET_SWEEP_INTERVAL_MS"),
    instanceId: `${hostname()}:${process.pid}:${newId("proc").slice(-6)}`,
    publicUrl: publicUrlFrom(env.QUARTET_PUBLIC_URL, port),
    trustedOrigins: originsFrom(env.QUARTET_TRUSTED_ORIGINS),
    trustedProxies: addressesFrom(env.QUARTET_TRUSTED_PROXIES),
    maxBodyBytes: intFrom(env.QUARTET_MAX_BODY_KB, 1024, "QUARTET_MAX_BODY_KB") * 1024,
    authSecret: secretFrom(env.QUARTET_AUTH_SECRET),
    smtpUrl: env.QUARTET_SMTP_URL || null,
    mailFrom: env.QUARTET_MAIL_FROM || "Quartet <no-reply@localhost>",
    consultant: consultantFrom(env),
    registryUrl: env.QUARTET_REGISTRY_URL || dadataUrl,
    webhooksAllowLoopback: env.NODE_ENV === "test" || env.NODE_ENV === "development",
    signUp: signUpSettingsFrom(env, intFrom(env.QUARTET_MAX_ORGS_PER_USER, 10, "QUARTET_MAX_ORGS_PER_USER")),
  };
}
