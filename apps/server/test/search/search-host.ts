import type { AnyPlugin } from "@quartet/core/plugin";
import { firstSalePlugin } from "@quartet/first-sale/server";
import { prospectingPlugin } from "@quartet/prospecting/server";
import { pluginHost, type TestUser } from "../support/plugin-host.ts";

/** The plugins global search is tested with: prospecting and first sale, both with providers. */
export const searchPlugins = [prospectingPlugin, firstSalePlugin] as const;

/**
 * A real host with prospecting and first sale enabled (and `extra` plugins), holding the clients
 * most tests look for: ООО «Ромашка» (INN, office phone, email, a contact Иван Петров with a
 * mobile) and ООО «Ромб», both created by the owner.
 */
export async function searchHost(extra: readonly AnyPlugin[] = []) {
  const h = await pluginHost([...searchPlugins, ...extra]);
  const core = (await h.core()).core;
  const romashka = await core.clients.create({
    name: "ООО «Ромашка»",
    inn: "7707083893",
    phones: ["+7 (916) 123-45-67"],
    emails: ["info@romashka.ru"],
    contacts: [{ name: "Иван Петров", phones: ["+7 903 765-43-21"], emails: ["ivan@romashka.ru"] }],
  });
  const romb = await core.clients.create({ name: "ООО «Ромб»", phones: ["+7 495 111-22-33"] });
  /** A member with a custom role holding `permissions` and record `scope`. */
  const memberWith = async (name: string, permissions: string[], scope: "own" | "team" | "all" = "all") => {
    const role = await core.roles.create({ name: `Роль ${name}`, permissions, scope });
    return h.member(name, role.id);
  };
  /** `core.search.query` as `user`. */
  const search = async (user: TestUser, q: string, limit?: number) =>
    (await h.as(user)).core.search.query({ q, ...(limit ? { limit } : {}) });
  return { ...h, romashka, romb, memberWith, search };
}

/** The labels of a result's hits per group key. */
export function labelsByGroup(result: { groups: { key: string; hits: { label: string }[] }[] }) {
  return Object.fromEntries(result.groups.map((g) => [g.key, g.hits.map((hit) => hit.label)]));
}
