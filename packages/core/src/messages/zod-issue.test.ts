import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputMessages as m } from "./catalogs/input.ts";
import { defineMessages } from "./define.ts";
import { registerMessages } from "./registry.ts";
import { wordMessage } from "./word.ts";
import { zodIssueRef } from "./zod-issue.ts";

const own = registerMessages(
  defineMessages("test.zod", { name: { en: "Name the client", ru: "Назовите клиента" } }),
);

const schema = z.object({
  name: z.string().min(1, own.name),
  note: z.string().max(200).optional(),
  title: z.string().min(3).optional(),
  amount: z.number().int().min(0).optional(),
  email: z.email().optional(),
  kind: z.enum(["company", "person"]).optional(),
  tags: z.array(z.string()).max(2).optional(),
  plain: z
    .string()
    .refine((v) => v !== "x", "Not x")
    .optional(),
  flag: z.boolean().optional(),
});

const refOf = (input: unknown) => {
  const issue = schema.safeParse({ name: "n", ...(input as object) }).error?.issues[0];
  if (!issue) throw new Error("no issue");
  return zodIssueRef(issue);
};

describe("zodIssueRef", () => {
  it.each([
    [{ name: "" }, "Name the client", "Назовите клиента"],
    [{ name: undefined }, "Required", "Обязательное поле"],
    [{ name: 5 }, "Must be text", "Введите текст"],
    [{ note: "x".repeat(201) }, "At most 200 characters", "Не больше 200 символов"],
    [{ title: "ab" }, "At least 3 characters", "Не меньше 3 символов"],
    [{ amount: "5" }, "Must be a number", "Введите число"],
    [{ amount: 1.5 }, "Must be a whole number", "Введите целое число"],
    [{ amount: -1 }, "At least 0", "Не меньше 0"],
    [{ email: "nope" }, "Enter a valid email", "Введите корректный адрес почты"],
    [{ kind: "x" }, "Must be one of: company, person", "Выберите одно из значений: company, person"],
    [{ tags: ["a", "b", "c"] }, "At most 2", "Не больше 2 значений"],
    [{ plain: "x" }, "Not x", "Not x"],
    [{ flag: "yes" }, "Must be yes or no", "Выберите «да» или «нет»"],
  ])("%j → %s / %s", (input, en, ru) => {
    const ref = refOf(input);
    expect(wordMessage("en", ref.key, ref.params)).toBe(en);
    expect(wordMessage("ru", ref.key, ref.params)).toBe(ru);
  });

  it("keeps a custom issue's parameters", () => {
    const withParams = registerMessages(
      defineMessages("test.zodparams", { max: { en: "At most {limit}", ru: "Не больше {limit}" } }),
    );
    const custom = z.number().superRefine((value, ctx) => {
      if (value > 3) ctx.addIssue({ code: "custom", message: withParams.max, params: { limit: 3 } });
    });
    const issue = custom.safeParse(9).error?.issues[0];
    expect(issue && zodIssueRef(issue)).toEqual({ key: withParams.max, params: { limit: 3 } });
  });

  it("words an unknown-fields issue", () => {
    const issue = z.object({}).strict().safeParse({ zz: 1 }).error?.issues[0];
    const ref = issue && zodIssueRef(issue);
    expect(ref).toEqual({ key: m.unknownFields, params: { keys: "zz" } });
  });
});
