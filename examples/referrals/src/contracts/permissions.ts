import { definePermission } from "@quartet/core/plugin";

/** The permissions of the referrals plugin: everyone who works with clients sees referrals; members record them. */
export const referralsPermissions = {
  read: definePermission({
    id: "referrals.referrals.read",
    description: {
      en: "See who referred a client and the rewards due for referrals",
      ru: "Видеть, кто порекомендовал клиента, и вознаграждения за рекомендации",
    },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  write: definePermission({
    id: "referrals.referrals.write",
    description: { en: "Record who referred a client", ru: "Записывать, кто порекомендовал клиента" },
    defaultRoles: ["head-of-sales", "member"],
  }),
} as const;

/** Every permission of the plugin, for the manifest. */
export const allReferralsPermissions = Object.values(referralsPermissions);
