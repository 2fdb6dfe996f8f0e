import { cleanInputTexts } from "../text/clean-input-texts.ts";
import { t } from "./init.ts";

/**
 * Every procedure's input under the one text policy before its schema parses it (`cleanInputTexts`):
 * invisible characters removed, NFC, and a text with a control character refused as BAD_INPUT naming
 * each such field — so a plugin's plain `z.string()` is as clean as core's own fields.
 */
export const cleanInput = t.middleware(async ({ getRawInput, next }) => {
  const value = cleanInputTexts(await getRawInput());
  return next({ getRawInput: async () => value });
});
