import { cleanText } from "@quartet/core";
import { z } from "zod";
import { m } from "../contracts/messages.ts";

const fieldKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, m.fieldKey);

/** A field of a web form. Email and phone fields fill the request's contact; `role` marks the name, company or message. */
export const formField = z.object({
  key: fieldKey,
  label: cleanText(200).min(1, m.writeLabel),
  type: z.enum(["text", "email", "phone", "textarea"]),
  required: z.boolean().default(false),
  role: z.enum(["name", "company", "message"]).nullable().default(null),
});

/** What a web form asks and how it guards itself. */
export const formDefinition = z
  .object({
    fields: z.array(formField).min(1, m.oneField).max(30),
    /** A field hidden from people; a bot that fills it is refused. */
    honeypotField: fieldKey.default("homepage"),
    consentRequired: z.boolean().default(true),
    consentText: cleanText(2000).default("Я согласен на обработку персональных данных"),
  })
  .superRefine((form, ctx) => {
    const keys = form.fields.map((f) => f.key);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({ code: "custom", path: ["fields"], message: m.sameKey });
    if (keys.includes(form.honeypotField) || reserved.has(form.honeypotField))
      ctx.addIssue({
        code: "custom",
        path: ["honeypotField"],
        message: m.honeypotName,
      });
    for (const [i, key] of keys.entries())
      if (reserved.has(key))
        ctx.addIssue({ code: "custom", path: ["fields", i, "key"], message: m.reserved, params: { key } });
    if (!form.fields.some((f) => f.type === "email" || f.type === "phone"))
      ctx.addIssue({ code: "custom", path: ["fields"], message: m.contactField });
  });

/** Keys the endpoint reads itself: consent, tracking and the page the form was on. */
export const reserved: ReadonlySet<string> = new Set([
  "consent",
  "page",
  "referrer",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
]);

/** A form definition (parsed). */
export type FormDefinition = z.output<typeof formDefinition>;
/** A form definition as written. */
export type FormDefinitionInput = z.input<typeof formDefinition>;
/** One field. */
export type FormField = z.output<typeof formField>;
