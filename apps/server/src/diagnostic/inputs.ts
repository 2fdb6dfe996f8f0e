import { cleanText, completedAnswersSchema, hostMessages, normalizePhone } from "@quartet/core";
import { z } from "zod";

const diagnosticId = z.string().trim().min(1, hostMessages.chooseDiagnostic).max(64);

/** `core.diagnostic.save`: every question answered. */
export const saveDiagnosticInput = z.object({ answers: completedAnswersSchema });

/** `core.diagnostic.get`. */
export const diagnosticIdInput = z.object({ id: diagnosticId });

/** `core.diagnostic.send`: the report and the requester's consultation request; the phone becomes E.164. */
export const sendDiagnosticInput = z.object({
  id: diagnosticId,
  name: cleanText(200).min(1, hostMessages.giveName),
  phone: z
    .string()
    .max(50)
    .transform((raw, ctx) => {
      const phone = normalizePhone(raw);
      if (phone.ok) return phone.value;
      ctx.addIssue({
        code: "custom",
        message: phone.reason === "empty" ? hostMessages.givePhone : hostMessages.notPhone,
      });
      return z.NEVER;
    }),
  comment: cleanText(2000, "multiline").default(""),
  locale: z.enum(["ru", "en"]).default("ru"),
});
