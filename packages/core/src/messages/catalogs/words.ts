import type { LifecycleStage } from "../../clients/lifecycle.ts";
import type { SalesFunction } from "../../functions.ts";
import type { MessageRef } from "../define.ts";
import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** The four functions by name, for a message that names one (`{function}`). */
export const functionMessages = registerMessages(
  defineMessages("core.function", {
    prospecting: { en: "Prospecting", ru: "Лидогенерация" },
    "first-sale": { en: "First sale", ru: "Первая продажа" },
    farming: { en: "Client development", ru: "Развитие клиентов" },
    vip: { en: "VIP clients", ru: "VIP-клиенты" },
  }),
);

/** The lifecycle stages by name, for a message that names one (`{stage}`). */
export const stageMessages = registerMessages(
  defineMessages("core.stage", {
    prospect: { en: "Prospect", ru: "Потенциальный" },
    lead: { en: "Lead", ru: "Лид" },
    negotiation: { en: "Negotiation", ru: "Переговоры" },
    customer: { en: "Customer", ru: "Покупатель" },
  }),
);

/** A function's name as a message parameter, worded in the reader's language. */
export const functionRef = (fn: SalesFunction): MessageRef => ({ key: functionMessages[fn] });

/** A stage's name as a message parameter, worded in the reader's language. */
export const stageRef = (stage: LifecycleStage): MessageRef => ({ key: stageMessages[stage] });
