import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test-temp-dir.ts";
import { writeTransaction } from "../write-transaction.ts";
import { hookKeys, openControlDatabase, organisations } from "./index.ts";

describe("openControlDatabase", () => {
  it("opens <dataDir>/control.db migrated, keeps it across reopenings, and cascades organisation deletes", async () => {
    const dataDir = tempDir("control");
    const org = { id: "org_1", name: "Acme", slug: "acme", dbUrl: "file:x.db", createdAt: 1 };
    const first = await openControlDatabase(dataDir);
    await writeTransaction(first, async (tx) => {
      await tx.insert(organisations).values(org);
      await tx.insert(hookKeys).values({ key: "hk_1", orgId: org.id, pluginId: "prospecting", createdAt: 1 });
    });
    await first.close();

    const second = await openControlDatabase({ url: `file:${join(dataDir, "control.db")}` });
    expect(await second.db.select().from(organisations)).toEqual([
      {
        ...org,
        dbAuthToken: null,
        defaultCurrency: "RUB",
        timeZone: "Europe/Moscow",
        locale: "ru",
        growthStage: "solo",
      },
    ]);
    await writeTransaction(second, (tx) => tx.delete(organisations).where(eq(organisations.id, org.id)));
    expect(await second.db.select().from(hookKeys)).toEqual([]);
    await second.close();
  });
});
