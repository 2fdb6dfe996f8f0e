import { definePermission } from "@quartet/core/plugin";

const p = definePermission;

/**
 * The permissions of farming. Farmers (members) work their portfolio, accounts and expansion
 * deals; a head of sales also moves clients between farmers and sets the company's rules.
 */
export const farmingPermissions = {
  portfolioRead: p({
    id: "farming.portfolio.read",
    description: {
      en: "See portfolios, the farmer's day, account health, next purchases and offers",
      ru: "Видеть портфели, день фермера, здоровье клиентов, ожидаемые закупки и предложения",
    },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  accountsWrite: p({
    id: "farming.accounts.write",
    description: {
      en: "Set a client's contact cadence and potential, mark project orders, dismiss offers",
      ru: "Задавать клиенту частоту контактов и потенциал, отмечать проектные заказы, отклонять предложения",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  portfolioManage: p({
    id: "farming.portfolio.manage",
    description: {
      en: "Move clients between farmers' portfolios",
      ru: "Передавать клиентов между портфелями фермеров",
    },
    defaultRoles: ["head-of-sales"],
  }),
  rulesManage: p({
    id: "farming.rules.manage",
    description: {
      en: "Set the company's farming rules: cadence, classes, tolerance, maturity ladder, health, targets",
      ru: "Задавать правила развития клиентов: частоту контактов, классы, допуск, лестницу зрелости, здоровье, цели",
    },
    defaultRoles: ["head-of-sales"],
  }),
  dealsRead: p({
    id: "farming.deals.read",
    description: { en: "See expansion deals", ru: "Видеть сделки развития" },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  dealsWrite: p({
    id: "farming.deals.write",
    description: {
      en: "Create and work expansion deals: stages, amount, invoice, won and lost",
      ru: "Создавать и вести сделки развития: этапы, сумму, счёт, выигрыш и проигрыш",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  statsRead: p({
    id: "farming.stats.read",
    description: {
      en: "See farming statistics: retention, repeat purchases, revenue of existing clients",
      ru: "Видеть статистику развития: удержание выручки, повторные покупки, выручку текущих клиентов",
    },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
} as const;

/** Every permission of farming, for the manifest. */
export const allFarmingPermissions = Object.values(farmingPermissions);
