import type { VipProgram } from "../../../contracts/program.ts";
import type { WordingNames } from "../../../domain/texts.ts";
import type { OrgInfo } from "../../context.ts";

/** The names reasons are worded with: the organisation's currency and the program's tier names. */
export function wordingNames(program: VipProgram, org: OrgInfo): WordingNames {
  return { currency: org.currency, tiers: Object.fromEntries(program.tiers.map((t) => [t.key, t.name])) };
}

/** A tier as events carry it: its key and names (the key for both when the program no longer has it). */
export function tierRef(program: VipProgram, key: string) {
  const tier = program.tiers.find((t) => t.key === key);
  return { key, name: tier ? { ru: tier.name.ru, en: tier.name.en } : { ru: key, en: key } };
}
