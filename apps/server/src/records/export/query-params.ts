import { recordMessages } from "@quartet/core";
import { z } from "zod";

/** `locale=ru|en`: the language of the headers and words; Russian unless told. */
export const localeParam = z.enum(["ru", "en"], recordMessages.useRuEn).default("ru");

/** A yes/no query parameter: `true` or `false`. */
export const flagParam = z
  .enum(["true", "false"], recordMessages.useTrueFalse)
  .transform((value) => value === "true");

/** An instant in UTC milliseconds as a query parameter. */
export const instantParam = z.coerce
  .number("Use milliseconds since 1970")
  .int(recordMessages.wholeMilliseconds)
  .min(0);
