import { z } from "zod";
import { checkTaxId } from "../clients/tax-id-messages.ts";
import { validateBik } from "../requisites/bank-codes.ts";
import { requisiteMessages } from "../requisites/messages.ts";
import { registryMessages } from "./messages.ts";

/** What `core.registry.findParty` takes: a checked INN (10 or 12 digits) and, for a branch, its KPP. */
export const findPartyInput = z.object({
  inn: z.string().transform((raw, ctx) => {
    const inn = checkTaxId("inn", raw);
    if (inn.ok) return inn.value;
    ctx.addIssue({ code: "custom", message: inn.message });
    return z.NEVER;
  }),
  kpp: z
    .string()
    .nullish()
    .transform((raw, ctx) => {
      if (!raw?.trim()) return undefined;
      const kpp = checkTaxId("kpp", raw);
      if (kpp.ok) return kpp.value;
      ctx.addIssue({ code: "custom", message: kpp.message });
      return z.NEVER;
    }),
});

/** What `core.registry.findBank` takes: a checked BIK. */
export const findBankInput = z.object({
  bik: z.string().transform((raw, ctx) => {
    const bik = validateBik(raw);
    if (bik.ok) return bik.value;
    ctx.addIssue({ code: "custom", message: requisiteMessages.bikFormat });
    return z.NEVER;
  }),
});

/** The organisation's registry token as an administrator sets it; empty removes it. */
export const registryTokenInput = z.object({
  token: z
    .string()
    .trim()
    .max(100, registryMessages.tokenFormat)
    .regex(/^[A-Za-z0-9_-]*$/, registryMessages.tokenFormat),
});
