/** The send form's fields a refusal can name. */
export type SendField = "to" | "subject" | "message";

/**
 * The server's field messages of a refused send, per field of the form: `to.1` (the second
 * address) shows under «Кому» as `to` does; a field the form does not have is left out.
 *
 * @example sendFieldErrors({ "to.1": "Enter a valid email" }) // { to: "Enter a valid email" }
 */
export function sendFieldErrors(fields: Record<string, string>): Partial<Record<SendField, string>> {
  const out: Partial<Record<SendField, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split(".")[0];
    if ((field === "to" || field === "subject" || field === "message") && out[field] === undefined)
      out[field] = message;
  }
  return out;
}
