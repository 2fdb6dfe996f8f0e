import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Caller = TeamPerson["caller"];

describe("the product catalog", () => {
  let t: TestHost;
  let head: Caller;
  let member: Caller;

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t);
    [head, member] = [team.owner.caller, team.members.Boris.caller];
  });
  afterAll(() => t.close());

  it("keeps a category tree with product counts, refuses cycles and deletes only empty categories", async () => {
    const food = await head.core.catalog.categories.create({ name: "Продукты" });
    const cheese = await head.core.catalog.categories.create({ name: "Сыры", parentId: food.id });
    const hard = await head.core.catalog.categories.create({ name: "Твёрдые", parentId: cheese.id });
    await head.core.catalog.products.create({
      sku: "T-1",
      name: "Гауда",
      unit: "кг",
      price: { amountMinor: 90_000 },
      categoryId: hard.id,
    });
    await head.core.catalog.products.create({
      sku: "T-2",
      name: "Бри",
      unit: "кг",
      price: { amountMinor: 150_000 },
      categoryId: cheese.id,
    });

    const { categories } = await head.core.catalog.categories.tree();
    const root = categories.find((c) => c.id === food.id);
    expect(root).toMatchObject({
      productCount: 0,
      totalProductCount: 2,
      children: [
        {
          name: "Сыры",
          productCount: 1,
          totalProductCount: 2,
          children: [{ name: "Твёрдые", productCount: 1 }],
        },
      ],
    });

    await expect(
      head.core.catalog.categories.move({ categoryId: food.id, parentId: hard.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { parentId: expect.any(String) } },
    });
    await expect(
      head.core.catalog.categories.move({ categoryId: food.id, parentId: food.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await head.core.catalog.categories.move({ categoryId: hard.id, parentId: null })).toMatchObject({
      parentId: null,
    });
    await expect(
      head.core.catalog.categories.create({ name: "сыры", parentId: food.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(head.core.catalog.categories.delete({ categoryId: food.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    const empty = await head.core.catalog.categories.create({ name: "Пусто" });
    await head.core.catalog.categories.rename({ categoryId: empty.id, name: "Совсем пусто" });
    await head.core.catalog.categories.delete({ categoryId: empty.id });
    expect((await head.core.catalog.categories.tree()).categories.map((c) => c.name)).not.toContain(
      "Совсем пусто",
    );
  });

  it("prices products in the organisation's currency and names the SKU on a conflict", async () => {
    const tea = await head.core.catalog.products.create({
      sku: "TEA-1",
      name: "Чай",
      unit: "шт",
      price: { amountMinor: 25_000 },
    });
    expect(tea).toMatchObject({ price: { amountMinor: 25_000, currency: "RUB" }, active: true });
    const usd = await head.core.catalog.products.create({
      sku: "TEA-2",
      name: "Tea",
      unit: "pcs",
      price: { amountMinor: 500, currency: "USD" },
    });
    expect(usd.price.currency).toBe("USD");
    await expect(
      head.core.catalog.products.create({
        sku: "TEA-1",
        name: "Другой чай",
        unit: "шт",
        price: { amountMinor: 1 },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", cause: { fields: { sku: expect.any(String) } } });
    await expect(
      head.core.catalog.products.update({ productId: usd.id, sku: "TEA-1" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { fields: { sku: expect.any(String) } },
    });
    expect(
      await head.core.catalog.products.update({ productId: usd.id, price: { amountMinor: 600 } }),
    ).toMatchObject({
      price: { amountMinor: 600, currency: "USD" },
    });
  });

  it("lists products by name or SKU prefix, category, activity, a page at a time", async () => {
    const drinks = await head.core.catalog.categories.create({ name: "Напитки" });
    for (const [sku, name] of [
      ["KV-1", "Квас хлебный"],
      ["KV-2", "квас светлый"],
      ["MO-1", "Морс"],
    ] as const) {
      await head.core.catalog.products.create({
        sku,
        name,
        unit: "л",
        price: { amountMinor: 10_000 },
        categoryId: drinks.id,
      });
    }
    const names = async (input: Parameters<Caller["core"]["catalog"]["products"]["list"]>[0]) =>
      (await head.core.catalog.products.list(input)).items.map((p) => p.name);
    expect(await names({ search: "квас" })).toEqual(["Квас хлебный", "квас светлый"]);
    expect(await names({ search: "kv-" })).toEqual(["Квас хлебный", "квас светлый"]);
    expect(await names({ search: "100%" })).toEqual([]);
    expect(await names({ categoryId: drinks.id })).toEqual(["Квас хлебный", "Морс", "квас светлый"]);
    const mors = (await head.core.catalog.products.list({ search: "Морс" })).items[0];
    await head.core.catalog.products.deactivate({ productId: mors?.id ?? "" });
    expect(await names({ categoryId: drinks.id, active: true })).toEqual(["Квас хлебный", "квас светлый"]);
    expect(await names({ categoryId: drinks.id, active: false })).toEqual(["Морс"]);
    const first = await head.core.catalog.products.list({ categoryId: drinks.id, limit: 2 });
    const rest = await head.core.catalog.products.list({
      categoryId: drinks.id,
      limit: 2,
      cursor: first.nextCursor ?? "",
    });
    expect([...first.items, ...rest.items].map((p) => p.sku)).toEqual(["KV-1", "MO-1", "KV-2"]);
    expect(rest.nextCursor).toBeNull();
    await expect(head.core.catalog.products.list({ cursor: "garbage" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lets a member read the catalog but not edit it", async () => {
    expect((await member.core.catalog.products.list({})).items.length).toBeGreaterThan(0);
    await expect(
      member.core.catalog.products.create({ sku: "X-1", name: "X", unit: "шт", price: { amountMinor: 1 } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(member.core.catalog.categories.create({ name: "X" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
