import { manualClock } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { readinessSeed } from "./seed.ts";

const now = Date.UTC(2026, 11, 7, 12);

describe("hire-callers counts generalists only", () => {
  let t: TestHost;
  let org: Awaited<ReturnType<typeof teamFixture<{ Boris: "member"; Gleb: "member" }>>>;
  const callers = async () =>
    (await org.owner.caller.core.readiness.list()).signals.filter((s) => s.code === "hire-callers");

  beforeAll(async () => {
    t = await createTestHost({ plugins: installedPlugins, clock: manualClock(now) });
    org = await teamFixture(t, { growthStage: "specialists", members: { Boris: "member", Gleb: "member" } });
    const assign = (userId: string, fn: "prospecting" | "first-sale") =>
      org.owner.caller.core.staffing.assign({ userId, function: fn });
    await assign(org.members.Boris.user.id, "prospecting");
    await assign(org.members.Boris.user.id, "first-sale");
    await assign(org.members.Gleb.user.id, "prospecting");
  });
  afterAll(() => t.close());

  it("ignores a dedicated caller, however many calls they make", async () => {
    await readinessSeed(t, org.orgId, org.owner.user.id).calls(
      org.members.Gleb.user.id,
      [120, 120, 120],
      now,
    );
    expect(await callers()).toEqual([]);
  });

  it("names someone on prospecting who also sells first deals", async () => {
    await readinessSeed(t, org.orgId, org.owner.user.id).calls(org.members.Boris.user.id, [55, 61, 70], now);
    expect(await callers()).toMatchObject([
      {
        person: { userId: org.members.Boris.user.id, name: "Boris" },
        numbers: { callsPerWeek: 62, weeks: 3 },
      },
    ]);
  });

  it("forgets them once they leave the other leg", async () => {
    await org.owner.caller.core.staffing.unassign({
      userId: org.members.Boris.user.id,
      function: "first-sale",
    });
    expect(await callers()).toEqual([]);
  });
});
