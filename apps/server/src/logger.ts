import type { Logger } from "@quartet/core";
import pino from "pino";

/** Paths pino blanks out wherever they appear: secrets never reach the logs. */
export const redactedPaths = [
  "password",
  "*.password",
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "cookie",
  "*.cookie",
  "apiKey",
  "*.apiKey",
  "secret",
  "*.secret",
  "headers.authorization",
  "headers.cookie",
];

/** Structured JSON logs (pino) with secrets redacted. */
export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: "[redacted]" } }) as unknown as Logger;
}
