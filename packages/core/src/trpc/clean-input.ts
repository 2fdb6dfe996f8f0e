import { DomainError } from "../errors.ts";
import { inputMessages } from "../messages/catalogs/input.ts";
import { normalizeInputTexts } from "../text/normalize-input.ts";
import { t } from "./init.ts";

/**
 * Every procedure's input under the one text policy before its schema parses it (`normalizeInputTexts`):
 * invisible characters removed, NFC, and a text with a control character refused as BAD_INPUT naming
 * each such field — so a plugin's plain `z.string()` is as clean as core's own fields.
 */
export const cleanInput = t.middleware(async ({ getRawInput, next }) => {
  const result = normalizeInputTexts(await getRawInput());
  if (!result.ok) {
    const fields = Object.fromEntries(result.paths.map((path) => [path, inputMessages.controlCharacter]));
    throw new DomainError("BAD_INPUT", inputMessages.invalidInput, { fields });
  }
  return next({ getRawInput: async () => result.value });
});
