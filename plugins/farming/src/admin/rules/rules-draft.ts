import {
  amountMinorOf,
  fieldBound,
  getAt,
  minorToText,
  parseDecimal,
  type ServerFailure,
  setAt,
} from "@quartet/ui/pure";
import type { FarmingRules, FarmingRulesInput } from "../../contracts/rules.ts";
import { type ScalarPath, scalarUnits, shownValue, type Unit } from "./rules-fields.ts";

/** A cadence rule as typed: the class ("" for any), revenue from in roubles ("" for any), days. */
export type CadenceDraft = { abc: "" | "A" | "B" | "C"; minRevenue: string; days: string };

/** A deal stage as typed; `key` is kept from the stored stage (new ones get a fresh one). */
export type StageDraft = { key: string; ru: string; en: string; probability: string };

/** The rules form: every number as typed text, and the two lists. */
export type RulesDraft = {
  values: Record<ScalarPath, string>;
  cadence: CadenceDraft[];
  stages: StageDraft[];
};

/** What is wrong with a field, for the dictionary's `fieldErrors`; `limit` in the unit the user types. */
export type FieldError = {
  code: "required" | "notNumber" | "notInteger" | "tooSmall" | "tooBig" | "invalid";
  limit?: number;
  /** The server's own wording (already in the viewer's language) when the form has none of its own. */
  text?: string;
};

const textOf = (unit: Unit, value: number) =>
  unit === "money" ? minorToText(value) : String(shownValue(unit, value));

/** The form's text for stored rules: shares as percents, money in roubles. */
export function draftOf(rules: FarmingRules): RulesDraft {
  const paths = Object.keys(scalarUnits) as ScalarPath[];
  const values = Object.fromEntries(
    paths.map((path) => [path, textOf(scalarUnits[path], getAt(rules, path) as number)]),
  ) as Record<ScalarPath, string>;
  return {
    values,
    cadence: rules.cadence.rules.map((r) => ({
      abc: r.abc ?? "",
      minRevenue: r.minRevenueMinor === null ? "" : minorToText(r.minRevenueMinor),
      days: String(r.days),
    })),
    stages: rules.stages.map((s) => ({
      key: s.key,
      ru: s.name.ru,
      en: s.name.en,
      probability: String(s.probability),
    })),
  };
}

function parse(unit: Unit, text: string): { value: number } | FieldError {
  if (text.trim() === "") return { code: "required" };
  if (unit === "money") {
    const minor = amountMinorOf(text);
    return minor === null ? { code: "notNumber" } : { value: minor };
  }
  const value = parseDecimal(text);
  if (value === null) return { code: "notNumber" };
  if (unit === "int" && !Number.isInteger(value)) return { code: "notInteger" };
  return { value: unit === "share" ? Math.round(value * 100) / 10_000 : value };
}

/**
 * The rules to send from the form, or the fields that are not numbers (by path, as the server
 * names them): range checks are the server's, whose refusals `serverFieldErrors` places.
 */
export function rulesOf(draft: RulesDraft): {
  rules: FarmingRulesInput | null;
  errors: Record<string, FieldError>;
} {
  const errors: Record<string, FieldError> = {};
  let rules: Record<string, unknown> = {};
  const read = (path: string, unit: Unit, text: string) => {
    const parsed = parse(unit, text);
    if ("code" in parsed) errors[path] = parsed;
    return "value" in parsed ? parsed.value : 0;
  };
  for (const path of Object.keys(scalarUnits) as ScalarPath[]) {
    rules = setAt(rules, path, read(path, scalarUnits[path], draft.values[path]));
  }
  const cadenceRules = draft.cadence.map((r, i) => ({
    abc: r.abc === "" ? null : r.abc,
    minRevenueMinor:
      r.minRevenue.trim() === "" ? null : read(`cadence.rules.${i}.minRevenueMinor`, "money", r.minRevenue),
    days: read(`cadence.rules.${i}.days`, "int", r.days),
  }));
  rules = setAt(rules, "cadence.rules", cadenceRules);
  const stages = draft.stages.map((s, i) => ({
    key: s.key,
    name: { ru: s.ru, en: s.en },
    probability: read(`stages.${i}.probability`, "int", s.probability),
  }));
  rules = setAt(rules, "stages", stages);
  return { rules: Object.keys(errors).length ? null : (rules as FarmingRulesInput), errors };
}

function fieldErrorOf(path: string, failure: FieldFailure, unitOf: (path: string) => Unit): FieldError {
  const bound = fieldBound(failure.fieldKeys[path]);
  if (!bound) return { code: "invalid", text: failure.fields[path] };
  const limit = shownValue(unitOf(path), bound.limit);
  return { code: bound.side === "min" ? "tooSmall" : "tooBig", limit };
}

/** The server's field refusals as the form reads them: worded messages and their catalog keys. */
export type FieldFailure = Pick<ServerFailure, "fields" | "fieldKeys">;

/**
 * The server's field refusals as the form's errors: a number's bound (by its catalog key, never
 * by its text) said in the unit the user types (a share's «at most 1» is 100 %), any other
 * refusal in the server's own words, already in the viewer's language.
 */
export function serverFieldErrors(
  failure: FieldFailure,
  unitOf: (path: string) => Unit,
): Record<string, FieldError> {
  return Object.fromEntries(
    Object.keys(failure.fields).map((path) => [path, fieldErrorOf(path, failure, unitOf)]),
  );
}

/** A key for a new stage that no stage of the list has: `stage-5`. */
export function newStageKey(stages: readonly StageDraft[]): string {
  const taken = new Set(stages.map((s) => s.key));
  let n = stages.length + 1;
  while (taken.has(`stage-${n}`)) n++;
  return `stage-${n}`;
}
