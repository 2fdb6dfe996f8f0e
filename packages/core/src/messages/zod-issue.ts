import type { z } from "zod";
import { inputMessages as m } from "./catalogs/input.ts";
import type { MessageParams, MessageRef } from "./define.ts";
import { isMessageKey } from "./registry.ts";

type Issue = z.core.$ZodIssue;

// zod's own English wording starts with one of these; anything else is the schema's custom text.
const zodDefault = /^(Invalid|Too big|Too small|Unrecognized key)/;

const typeKeys: Record<string, string> = {
  string: m.mustBeText,
  number: m.mustBeNumber,
  int: m.mustBeWhole,
  bigint: m.mustBeWhole,
  boolean: m.mustBeYesNo,
  array: m.mustBeList,
  date: m.mustBeDate,
};

function sizeRef(issue: Extract<Issue, { code: "too_big" | "too_small" }>): MessageRef {
  const big = issue.code === "too_big";
  const limit = Number(big ? issue.maximum : issue.minimum);
  const params: MessageParams = big ? { maximum: limit, count: limit } : { minimum: limit, count: limit };
  if (issue.origin === "string") {
    if (!big && limit === 1) return { key: m.required };
    return { key: big ? m.maxChars : m.minChars, params };
  }
  if (issue.origin === "number" || issue.origin === "bigint") {
    if (issue.inclusive === false) return { key: big ? m.below : m.above, params };
    return { key: big ? m.atMost : m.atLeast, params };
  }
  if (issue.origin === "array" || issue.origin === "set")
    return { key: big ? m.maxItems : m.minItems, params };
  return { key: m.checkValue };
}

// The generic message for an issue by its code, in the words of the `core.input` catalog.
function genericRef(issue: Issue): MessageRef {
  switch (issue.code) {
    case "invalid_type":
      if (/received undefined$/.test(issue.message)) return { key: m.required };
      return { key: typeKeys[issue.expected] ?? m.checkValue };
    case "too_big":
    case "too_small":
      return sizeRef(issue);
    case "invalid_format":
      if (issue.format === "email") return { key: m.email };
      if (issue.format === "url") return { key: m.url };
      return { key: m.format };
    case "invalid_value":
      return { key: m.oneOf, params: { options: issue.values.map(String).join(", ") } };
    case "unrecognized_keys":
      return { key: m.unknownFields, params: { keys: issue.keys.join(", ") } };
    case "not_multiple_of":
      return { key: m.multipleOf, params: { divisor: Number(issue.divisor) } };
    default:
      return { key: m.checkValue };
  }
}

/**
 * The message of one zod issue as a reference: the schema's own catalog key, else zod's default
 * reworded generically by issue code, else the schema's plain text as it is.
 *
 * @example zodIssueRef(tooLongName) // { key: "core.input.maxChars", params: { maximum: 200, count: 200 } }
 */
export function zodIssueRef(issue: Issue): MessageRef {
  if (isMessageKey(issue.message)) {
    const params = issue.code === "custom" ? (issue.params as MessageParams | undefined) : undefined;
    return params ? { key: issue.message, params } : { key: issue.message };
  }
  if (zodDefault.test(issue.message)) return genericRef(issue);
  return { key: issue.message };
}
