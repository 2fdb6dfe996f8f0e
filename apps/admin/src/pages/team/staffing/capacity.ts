/**
 * Reads a capacity box: blank means no limit (null), a whole number from 0 is a limit, anything
 * else is not a capacity (undefined).
 *
 * @example parseCapacity("") // null; parseCapacity("40") // 40; parseCapacity("-1") // undefined
 */
export function parseCapacity(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isInteger(value) && value >= 0 && value <= 10_000 ? value : undefined;
}
