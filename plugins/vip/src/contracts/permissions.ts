import { definePermission } from "@quartet/core/plugin";

const p = definePermission;

/**
 * The permissions of VIP. Key-account managers (members) see their VIP clients and record reviews;
 * a head of sales also sets overrides and designations, and shapes the program.
 */
export const vipPermissions = {
  clientsRead: p({
    id: "vip.clients.read",
    description: {
      en: "See VIP clients, their tiers and reasons, reviews and SLA timers",
      ru: "Видеть VIP-клиентов, их уровни и причины, ревизии и сроки ответа",
    },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  reviewsWrite: p({
    id: "vip.reviews.write",
    description: {
      en: "Record periodic account reviews of VIP clients",
      ru: "Проводить и записывать периодические ревизии VIP-клиентов",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  clientsManage: p({
    id: "vip.clients.manage",
    description: {
      en: "Keep or exclude a client by hand and designate special terms, with a reason and expiry",
      ru: "Вручную оставлять или исключать клиента и назначать особые условия, с причиной и сроком",
    },
    defaultRoles: ["head-of-sales"],
  }),
  programManage: p({
    id: "vip.program.manage",
    description: {
      en: "Set the VIP program: tiers, criteria, privileges, grace period, reviews, business calendar",
      ru: "Настраивать VIP-программу: уровни, критерии, привилегии, льготный период, ревизии, рабочий календарь",
    },
    defaultRoles: ["head-of-sales"],
  }),
} as const;

/** Every permission of VIP, for the manifest. */
export const allVipPermissions = Object.values(vipPermissions);
