import { describe, expect, it } from "vitest";
import { z } from "zod";
import { labelled } from "./setting-text.ts";

describe("labelled", () => {
  it("puts both languages into the setting's JSON schema and keeps its parsing", () => {
    const settings = z.object({
      token: labelled(z.string().max(256).default(""), {
        title: { ru: "Токен бота", en: "Bot token" },
        description: { ru: "Из @BotFather", en: "From @BotFather" },
      }),
      limit: z.number().default(10),
    });
    const json = z.toJSONSchema(settings, { io: "input" }) as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(json.properties.token).toMatchObject({
      title: { ru: "Токен бота", en: "Bot token" },
      description: { ru: "Из @BotFather", en: "From @BotFather" },
      maxLength: 256,
    });
    expect(json.properties.limit).not.toHaveProperty("title");
    expect(settings.parse({})).toEqual({ token: "", limit: 10 });
    expect(settings.safeParse({ token: "x".repeat(257) }).success).toBe(false);
  });
});
