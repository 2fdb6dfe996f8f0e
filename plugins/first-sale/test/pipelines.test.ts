import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { newClient } from "./support/samples.ts";

describe("pipelines", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost();
  });
  afterEach(() => h.close());

  const api = async () => (await h.as(h.owner)).firstSale;

  it("start with a default pipeline in the organisation's language, terminal stages last", async () => {
    const [pipeline] = await (await api()).pipelines.list();
    expect(pipeline?.stages.map((s) => [s.name, s.kind, s.probability])).toEqual([
      ["Новая", "open", 10],
      ["Выявление потребностей", "open", 20],
      ["КП отправлено", "open", 40],
      ["Переговоры", "open", 60],
      ["Счёт выставлен", "open", 80],
      ["Оплачено", "won", 100],
      ["Проиграна", "lost", 0],
    ]);
  });

  it("are renamed, and their stages reordered, added and removed, won and lost staying last", async () => {
    const fs = await api();
    const [pipeline] = await fs.pipelines.list();
    const open = pipeline?.stages.filter((s) => s.kind === "open") ?? [];
    const [first, second] = open;
    await fs.pipelines.rename({ pipelineId: pipeline?.id ?? "", name: "Опт" });
    const { stages } = await fs.pipelines.setStages({
      pipelineId: pipeline?.id ?? "",
      stages: [
        { id: second?.id, name: "Квалификация", probability: 15, rottingDays: 5 },
        { name: "Пробная партия", probability: 50, rottingDays: null },
        { id: first?.id, name: "Новая", probability: 5, rottingDays: 2 },
      ],
    });
    expect(stages.map((s) => [s.name, s.position, s.probability])).toEqual([
      ["Квалификация", 0, 15],
      ["Пробная партия", 1, 50],
      ["Новая", 2, 5],
      ["Оплачено", 3, 100],
      ["Проиграна", 4, 0],
    ]);
    expect((await fs.pipelines.list())[0]?.name).toBe("Опт");
  });

  it("keep a stage that holds open deals, and a pipeline that holds deals", async () => {
    const fs = await api();
    const client = await newClient(h);
    const deal = await fs.deals.create({ clientId: client.id });
    const [pipeline] = await fs.pipelines.list();
    const rest = pipeline?.stages.filter((s) => s.kind === "open" && s.id !== deal.stageId) ?? [];
    await expect(
      fs.pipelines.setStages({
        pipelineId: pipeline?.id ?? "",
        stages: rest.map(({ id, name, probability, rottingDays }) => ({
          id,
          name,
          probability,
          rottingDays,
        })),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining('"Новая" still holds 1 open deal'),
    });

    const other = await fs.pipelines.create({ name: "Тендеры" });
    await fs.pipelines.setDefault({ pipelineId: other.id });
    await expect(fs.pipelines.remove({ pipelineId: pipeline?.id ?? "" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(fs.pipelines.remove({ pipelineId: other.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const third = await fs.pipelines.create({
      name: "Пустая",
      stages: [{ name: "Один", probability: 50, rottingDays: null }],
    });
    await fs.pipelines.remove({ pipelineId: third.id });
    expect((await fs.pipelines.list()).map((p) => [p.name, p.isDefault])).toEqual([
      ["Тендеры", true],
      ["Продажи", false],
    ]);
  });
});
