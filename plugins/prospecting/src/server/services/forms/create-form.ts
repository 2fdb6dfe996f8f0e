import { newId, newSecret } from "@quartet/core";
import { forms } from "../../../db/channels.ts";
import type { ProspectingContext } from "../../context.ts";
import type { FormInput } from "./form-input.ts";

/**
 * Creates a web form with an unguessable key, registered with the host so that
 * `/hooks/prospecting/forms/<key>` reaches this organisation.
 */
export async function createForm({ ctx, input }: { ctx: ProspectingContext; input: FormInput }) {
  const key = newSecret(24);
  await ctx.org.hookKeys.register("prospecting", key);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const id = newId("form", now);
    const row = {
      id,
      key,
      name: input.name,
      source: input.source ?? `form:${slug(input.name) || id}`,
      fields: input.definition.fields,
      honeypotField: input.definition.honeypotField,
      consentRequired: input.definition.consentRequired,
      consentText: input.definition.consentText,
      thankYou: input.thankYou,
      allowedOrigins: input.allowedOrigins,
      active: input.active,
      createdAt: now,
      updatedAt: now,
    };
    await scope.tx.insert(forms).values(row);
    await scope.audit({
      action: "prospecting.form.create",
      entity: "form",
      entityId: id,
      after: { name: input.name },
    });
    return row;
  });
}

const latin: Record<string, string> = Object.fromEntries(
  [..."абвгдеёжзийклмнопрстуфхцчшщъыьэюя"].map((ch, i) => [
    ch,
    [
      "a",
      "b",
      "v",
      "g",
      "d",
      "e",
      "e",
      "zh",
      "z",
      "i",
      "y",
      "k",
      "l",
      "m",
      "n",
      "o",
      "p",
      "r",
      "s",
      "t",
      "u",
      "f",
      "h",
      "ts",
      "ch",
      "sh",
      "sch",
      "",
      "y",
      "",
      "e",
      "yu",
      "ya",
    ][i] ?? "",
  ]),
);

/** "Заявка с сайта" → "zayavka-s-sayta". */
function slug(name: string): string {
  return [...name.toLowerCase()]
    .map((ch) => latin[ch] ?? ch)
    .join("")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
