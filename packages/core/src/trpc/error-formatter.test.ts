import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "../errors.ts";
import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";
import { formatError } from "./error-formatter.ts";

const m = registerMessages(
  defineMessages("test.formatter", {
    badInn: { en: "Invalid INN", ru: "ИНН указан неверно" },
    checksum: { en: "INN checksum does not match", ru: "Контрольная сумма ИНН не сходится" },
    inUse: {
      en: "The role is in use ({count}); reassign first",
      ru: {
        one: "Роль назначена {count} участнику",
        few: "Роль назначена {count} участникам",
        many: "Роль назначена {count} участникам",
        other: "Роль назначена {count} участника",
      },
    },
    name: { en: "Name the client", ru: "Назовите клиента" },
  }),
);

const wrap = (cause: unknown) => new TRPCError({ code: "BAD_REQUEST", cause });

describe("formatError: a DomainError", () => {
  const error = new DomainError("BAD_INPUT", m.badInn, {
    fields: { inn: m.checksum, "contacts.0.phone": "Phone as plain text" },
    details: { inn: "7707083895" },
  });

  it.each([
    ["en", "Invalid INN", { inn: "INN checksum does not match", "contacts.0.phone": "Phone as plain text" }],
    [
      "ru",
      "ИНН указан неверно",
      { inn: "Контрольная сумма ИНН не сходится", "contacts.0.phone": "Phone as plain text" },
    ],
    [
      undefined,
      "Invalid INN",
      { inn: "INN checksum does not match", "contacts.0.phone": "Phone as plain text" },
    ],
  ] as const)("in %s", (locale, message, fields) => {
    const formatted = formatError(wrap(error), locale);
    expect(formatted.message).toBe(message);
    expect(formatted.data).toMatchObject({ domainCode: "BAD_INPUT", fields, details: { inn: "7707083895" } });
  });

  it("carries its key, parameters and field keys for a client that words them itself", () => {
    const counted = new DomainError("CONFLICT", m.inUse, { params: { count: 3 } });
    const formatted = formatError(wrap(counted), "ru");
    expect(formatted.message).toBe("Роль назначена 3 участникам");
    expect(formatted.data).toMatchObject({ messageKey: m.inUse, params: { count: 3 }, fieldKeys: null });
    expect(formatError(wrap(error)).data.fieldKeys).toEqual({
      inn: { key: m.checksum },
      "contacts.0.phone": { key: "Phone as plain text" },
    });
  });

  it("passes plain English of a plugin without a catalog through", () => {
    const plain = new DomainError("NOT_FOUND", "No such widget");
    expect(formatError(wrap(plain), "ru")).toMatchObject({
      message: "No such widget",
      data: { domainCode: "NOT_FOUND" },
    });
  });

  it("hides an INTERNAL one's words", () => {
    const internal = new DomainError("INTERNAL", "database exploded");
    expect(formatError(wrap(internal), "ru").message).toMatch(/^На сервере что-то пошло не так/);
    expect(formatError(wrap(internal)).message).toBe("Internal error");
  });
});

describe("formatError: a zod error", () => {
  const schema = z.object({
    name: z.string().min(1, m.name),
    contacts: z.array(z.object({ email: z.email() })),
    note: z.string().max(200),
  });
  const error = schema.safeParse({ name: "", contacts: [{ email: "x" }], note: "y".repeat(201) }).error;

  it.each([
    [
      "en",
      { name: "Name the client", "contacts.0.email": "Enter a valid email", note: "At most 200 characters" },
      "Invalid input — name: Name the client; contacts.0.email: Enter a valid email; note: At most 200 characters",
    ],
    [
      "ru",
      {
        name: "Назовите клиента",
        "contacts.0.email": "Введите корректный адрес почты",
        note: "Не больше 200 символов",
      },
      "Проверьте данные — name: Назовите клиента; contacts.0.email: Введите корректный адрес почты; note: Не больше 200 символов",
    ],
  ] as const)("in %s, nested paths kept", (locale, fields, message) => {
    const formatted = formatError(wrap(error), locale);
    expect(formatted.data.fields).toEqual(fields);
    expect(formatted.data.domainCode).toBe("BAD_INPUT");
    expect(formatted.message).toBe(message);
    expect(formatted.data.fieldKeys?.name).toEqual({ key: m.name });
  });
});

describe("formatError: anything else", () => {
  it("never sends an unknown error's message", () => {
    const unknown = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("secret path /etc") });
    expect(formatError(unknown, "en")).toMatchObject({
      message: "Internal error",
      data: { domainCode: "INTERNAL" },
    });
  });
});
