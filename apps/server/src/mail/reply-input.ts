import { cleanText, mailMessages as m } from "@quartet/core";
import { z } from "zod";

/** A reply to a letter: its text (plain; the subject and threading follow the letter answered). */
export const replyInput = z.object({
  letterId: z.string().min(1).max(64),
  text: cleanText(50_000, "multiline").min(1, m.replyRequired),
});
