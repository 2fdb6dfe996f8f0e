import { definePermission } from "@quartet/core/plugin";

const p = definePermission;

/** The permissions of first sale. Hunters (members) work deals and proposals; heads of sales shape pipelines. */
export const firstSalePermissions = {
  dealsRead: p({
    id: "first-sale.deals.read",
    description: { en: "See deals, pipelines and proposals", ru: "Видеть сделки, воронки и КП" },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  dealsWrite: p({
    id: "first-sale.deals.write",
    description: {
      en: "Create and work deals: stages, lines, invoices, next steps, won and lost",
      ru: "Создавать и вести сделки: этапы, позиции, счета, следующие шаги, выигрыш и проигрыш",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  pipelinesManage: p({
    id: "first-sale.pipelines.manage",
    description: {
      en: "Create and edit pipelines and their stages",
      ru: "Создавать и менять воронки и этапы",
    },
    defaultRoles: ["head-of-sales"],
  }),
  proposalsWrite: p({
    id: "first-sale.proposals.write",
    description: {
      en: "Write commercial proposals and mark them sent, accepted or declined",
      ru: "Готовить коммерческие предложения и отмечать их отправку, принятие или отказ",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  statsRead: p({
    id: "first-sale.stats.read",
    description: {
      en: "See the forecast and first-sale statistics",
      ru: "Видеть прогноз и статистику первых продаж",
    },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
} as const;

/** Every permission of first sale, for the manifest. */
export const allFirstSalePermissions = Object.values(firstSalePermissions);
