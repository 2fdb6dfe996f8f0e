import { formatError } from "@quartet/core/trpc";
import { TRPCError } from "@trpc/server";
import type { FarmingHost, TestUser } from "./farming-host.ts";

/** A client created through core by the owner, with `farmer` as its farming owner when given. */
export async function newClient(h: FarmingHost, name: string, farmer?: TestUser) {
  const core = (await h.core()).core;
  const client = await core.clients.create({ name });
  if (farmer) await core.clients.setOwner({ clientId: client.id, function: "farming", userId: farmer.id });
  return client;
}

/**
 * A small catalog: cable (one product, 100,00 ₽), pipes with PE pipes under them (one product,
 * 250,00 ₽), and a category of its own for services.
 */
export async function sampleCatalog(h: FarmingHost) {
  const catalog = (await h.core()).core.catalog;
  const cable = await catalog.categories.create({ name: "Кабель" });
  const pipes = await catalog.categories.create({ name: "Трубы" });
  const pePipes = await catalog.categories.create({ name: "Трубы ПНД", parentId: pipes.id });
  const product = (sku: string, name: string, amountMinor: number, categoryId: string) =>
    catalog.products.create({ sku, name, unit: "м", price: { amountMinor }, categoryId });
  return {
    cable,
    pipes,
    pePipes,
    cableProduct: await product("VVG-3", "Кабель ВВГ 3×2,5", 10_000, cable.id),
    pipeProduct: await product("PE-32", "Труба ПНД 32 мм", 25_000, pePipes.id),
  };
}

/** Records a payment through core and delivers the events it raised. */
export async function pay(h: FarmingHost, orderId: string, amountMinor: number) {
  await (await h.core()).core.orders.payments.record({ orderId, amount: { amountMinor }, method: "bank" });
  await h.deliver();
}

/** How a call was refused, as the edge tells the client: the code and the fields named. */
export async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  const { message, data } = formatError(error);
  return { code: error.code, message, fields: data.fields };
}
