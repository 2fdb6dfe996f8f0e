import type { Logger } from "@quartet/core";

/** One line a `capturingLogger` kept. */
export type CapturedLine = { level: string; obj: unknown; msg?: string };

/**
 * A logger that keeps every line (its children write to the same list), to see what the host
 * reported — a plugin's failure, a boot warning.
 *
 * @example const { logger, lines } = capturingLogger(); await createTestHost({ logger });
 */
export function capturingLogger() {
  const lines: CapturedLine[] = [];
  const at = (level: string) => (obj: object | string, msg?: string) => void lines.push({ level, obj, msg });
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return { logger, lines };
}
