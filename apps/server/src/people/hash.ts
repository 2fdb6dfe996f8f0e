import { createHash } from "node:crypto";

/** SHA-256 hex of a random token: tokens are 128+ random bits, so a fast hash is enough to keep them unusable at rest. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
