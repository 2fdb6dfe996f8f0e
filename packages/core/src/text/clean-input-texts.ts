import { DomainError } from "../errors.ts";
import { inputMessages } from "../messages/catalogs/input.ts";
import { normalizeInputTexts } from "./normalize-input.ts";

/**
 * A request's input under the text policy (`normalizeInputTexts`), or BAD_INPUT naming each field
 * that holds a control character — what every edge (tRPC, a plugin's hook) does with a body.
 *
 * @example const body = cleanInputTexts(await readJson(request))
 */
export function cleanInputTexts(input: unknown): unknown {
  const result = normalizeInputTexts(input);
  if (result.ok) return result.value;
  const fields = Object.fromEntries(result.paths.map((path) => [path, inputMessages.controlCharacter]));
  throw new DomainError("BAD_INPUT", inputMessages.invalidInput, { fields });
}
