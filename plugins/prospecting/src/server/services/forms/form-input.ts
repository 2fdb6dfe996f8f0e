import { cleanText } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { formDefinition } from "../../../domain/form-definition.ts";

/** An allowed origin: scheme, host and port only (`https://romashka.ru`). */
export const origin = z
  .string()
  .trim()
  .transform((value, ctx) => {
    try {
      const url = new URL(value);
      const bare = url.pathname === "/" && !url.search && !url.hash && !url.username;
      if ((url.protocol === "https:" || url.protocol === "http:") && bare) return url.origin;
    } catch {}
    ctx.addIssue({ code: "custom", message: m.origin });
    return z.NEVER;
  });

/** What a form is made of, as the admin edits it. */
export const formInput = z.object({
  name: cleanText(200).min(1, m.nameForm),
  source: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9:_.-]{0,79}$/, m.sourceFormat)
    .optional(),
  definition: formDefinition,
  thankYou: cleanText(1000, "multiline").min(1).default("Спасибо! Мы свяжемся с вами в ближайшее время."),
  allowedOrigins: z.array(origin).max(20).default([]),
  active: z.boolean().default(true),
});

/** Parsed form input. */
export type FormInput = z.output<typeof formInput>;
