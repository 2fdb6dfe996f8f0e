import type { MessageParams } from "./types.ts";

const placeholder = /\{(\w+)\}/g;

/**
 * Replaces `{name}` placeholders with params; numbers go through `formatNumber`.
 * An unknown placeholder is left as written, so a missing param shows up instead of vanishing.
 *
 * @example interpolate("Hello, {name}", { name: "Anna" }, String) // "Hello, Anna"
 */
export function interpolate(
  template: string,
  params: MessageParams | undefined,
  formatNumber: (value: number) => string,
): string {
  if (!params) return template;
  return template.replace(placeholder, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value) : value;
  });
}
