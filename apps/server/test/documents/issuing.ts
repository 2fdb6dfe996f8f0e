import { manualClock, systemActor } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { definePermission, definePlugin } from "@quartet/core/plugin";
import { router } from "@quartet/core/trpc";
import { seedClient } from "../support/clients.ts";
import { teamFixture } from "../support/people.ts";
import { createTestHost } from "../support/test-host.ts";
import { images } from "./fixtures.ts";

/** The organisation's card: a bank account keyed to its BIK, director and accountant, VAT 22 % (from 2026). */
export const sellerRequisites = {
  fullName: "Общество с ограниченной ответственностью «Квартет»",
  shortName: "ООО «Квартет»",
  inn: "7707083893",
  kpp: "773601001",
  ogrn: "1027700132195",
  legalAddress: "117997, Москва, ул. Вавилова, 19",
  directorName: "Иванов Иван Иванович",
  directorTitle: "Генеральный директор",
  accountantName: "Петрова Мария Сергеевна",
  vatMode: "vat22" as const,
  paymentDays: 5,
  bankAccounts: [
    {
      bik: "044525225",
      bankName: "ПАО Сбербанк",
      account: "40702810400000000005",
      correspondentAccount: "30101810400000000225",
    },
  ],
};

/** The buyer's codes as its requisites card holds them. */
export const buyerRequisites = {
  fullName: "Акционерное общество «Северный ветер»",
  shortName: "АО «Северный ветер»",
  inn: "7812014560",
  kpp: "781201001",
  legalAddress: "190000, Санкт-Петербург, Невский пр., 28",
  vatMode: "none" as const,
  bankAccounts: [],
};

/** A plugin giving clients tagged "vip" 30 days to pay, as VIP's pricing does for a tier with a deferral. */
export const deferralPlugin = definePlugin({
  id: "deferral",
  function: null,
  name: { en: "Deferral", ru: "Отсрочка" },
  description: { en: "Payment terms for VIP clients", ru: "Отсрочка для VIP" },
  version: "1.0.0",
  dependsOn: [],
  permissions: [
    definePermission({
      id: "deferral.use",
      description: { en: "Use", ru: "Пользоваться" },
      defaultRoles: [],
    }),
  ],
  events: { emits: [], consumes: [] },
  router: router({}),
  async pricing(ctx, input) {
    const client = await ctx.records.clients.get(input.clientId);
    return client?.tags.includes("vip") ? { lines: [], paymentTermsDays: 30 } : { lines: [] };
  },
});

/** 23:30 in Moscow on the last day of 2026: an hour later is 2027 there, still 2026 in UTC. */
export const newYearsEve = Date.UTC(2026, 11, 31, 20, 30);

/**
 * A host for the documents' integration tests: Anna owns «ООО «Квартет»» (requisites with a logo
 * filled in, unless `bare`), Boris reads clients and orders but may not issue (no
 * `core.orders.write`), Carl reads clients only, and a client with requisites. `order()` records a three-line order.
 */
export async function documentsFixture(options: { plugins?: readonly AnyPlugin[]; bare?: boolean } = {}) {
  const clock = manualClock(newYearsEve);
  const t = await createTestHost({ plugins: options.plugins ?? [deferralPlugin], clock });
  const { orgId, owner, members } = await teamFixture(t, {
    org: "ООО «Квартет»",
    members: {
      Boris: { name: "Reader", permissions: ["core.clients.read", "core.orders.read"], scope: "all" },
      Carl: { name: "Clients only", permissions: ["core.clients.read"], scope: "all" },
    },
  });
  for (const plugin of options.plugins ?? [deferralPlugin]) {
    await t.host.lifecycle.enable(orgId, plugin.id, systemActor);
  }
  if (!options.bare) {
    await owner.caller.core.requisites.org.set(sellerRequisites);
    const put = await t.app().request("/api/v1/requisites/images/logo", {
      method: "PUT",
      headers: { "x-test-user": owner.user.id, "x-test-org": orgId, "content-type": "image/png" },
      body: images.logo,
    });
    if (put.status !== 200) throw new Error(`logo upload answered ${put.status}`);
  }
  const client = await seedClient(t, orgId, owner.user.id, { name: "Северный ветер", tags: [] });
  await owner.caller.core.requisites.client.set({ clientId: client.id, requisites: buyerRequisites });
  const order = async (clientId = client.id) =>
    owner.caller.core.orders.record({
      clientId,
      lines: [
        {
          name: "Лицензия Quartet CRM, 12 месяцев",
          unit: "шт",
          quantity: 10,
          price: { amountMinor: 1_200_000 },
        },
        { name: "Внедрение", unit: "ч", quantity: 16, price: { amountMinor: 300_000 } },
        { name: "Обучение менеджеров", quantity: 1, price: { amountMinor: 1_560_000 }, discountPercent: 10 },
      ],
    });
  return {
    t,
    clock,
    orgId,
    owner,
    boris: members.Boris,
    carl: members.Carl,
    client,
    order,
    close: () => t.close(),
  };
}
