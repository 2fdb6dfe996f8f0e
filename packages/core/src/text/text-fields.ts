import { z } from "zod";
import { inputMessages } from "../messages/catalogs/input.ts";
import { hasRefusedControl, normalizeText, type TextShape } from "./normalize-text.ts";

const cleaned = (shape: TextShape) => (value: string) => {
  const result = normalizeText(value, shape);
  return result.ok ? result.value : value;
};

/**
 * A text under the input policy (`normalizeText`): control characters refused with
 * `core.input.controlCharacter`, invisible characters removed, NFC, trimmed, at most `max`
 * characters; a "line" (the default: names, titles) folds tabs and line breaks to a space.
 *
 * @example cleanText(300).min(1, m.nameRequired) // a required name
 * @example cleanText(4000, "multiline") // a note
 */
export function cleanText(max: number, shape: TextShape = "line") {
  return z
    .string()
    .refine((value) => !hasRefusedControl(value), inputMessages.controlCharacter)
    .overwrite(cleaned(shape))
    .trim()
    .max(max);
}

/** A one-line text under the input policy, trimmed; empty or missing becomes `null`. */
export function optionalText(max: number) {
  return cleanText(max)
    .nullish()
    .transform((v) => v || null);
}
