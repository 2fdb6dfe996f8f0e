import { completedAnswersSchema, normalizePhone } from "@quartet/core";
import { z } from "zod";

const diagnosticId = z.string().trim().min(1, "Choose a diagnostic").max(64);

/** `core.diagnostic.save`: every question answered. */
export const saveDiagnosticInput = z.object({ answers: completedAnswersSchema });

/** `core.diagnostic.get`. */
export const diagnosticIdInput = z.object({ id: diagnosticId });

/** `core.diagnostic.send`: the report and the requester's consultation request; the phone becomes E.164. */
export const sendDiagnosticInput = z.object({
  id: diagnosticId,
  name: z.string().trim().min(1, "Give your name").max(200, "At most 200 characters"),
  phone: z
    .string()
    .max(50, "At most 50 characters")
    .transform((raw, ctx) => {
      const phone = normalizePhone(raw);
      if (phone.ok) return phone.value;
      ctx.addIssue({
        code: "custom",
        message: phone.reason === "empty" ? "Give a phone" : "Not a phone number",
      });
      return z.NEVER;
    }),
  comment: z.string().trim().max(2000, "At most 2000 characters").default(""),
  locale: z.enum(["ru", "en"]).default("ru"),
});
