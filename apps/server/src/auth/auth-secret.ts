import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ServerConfig } from "../config.ts";

/**
 * The secret that signs session cookies: `QUARTET_AUTH_SECRET`, or else `<dataDir>/auth-secret`,
 * created with 32 random bytes (mode 0600) on first start so restarts keep sessions valid.
 * Several servers sharing a libSQL control database must share one `QUARTET_AUTH_SECRET`.
 */
export function resolveAuthSecret(config: Pick<ServerConfig, "authSecret" | "dataDir">): string {
  if (config.authSecret) return config.authSecret;
  const path = join(config.dataDir, "auth-secret");
  mkdirSync(config.dataDir, { recursive: true });
  try {
    writeFileSync(path, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < 32) throw new Error(`${path} must hold a secret of at least 32 characters`);
  return secret;
}
