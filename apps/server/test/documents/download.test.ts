import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, sessionOf, teamFixture } from "../support/people.ts";
import { documentsFixture } from "./issuing.ts";
import { pdfText } from "./poppler.ts";

describe("GET /api/v1/documents/<id>.pdf", () => {
  let f: Awaited<ReturnType<typeof documentsFixture>>;
  let url: string;
  const as = (user: { id: string; name: string; email: string }) => {
    const app = f.t.app(sessionOf(f.t, user));
    return (path: string) => app.request(path);
  };

  beforeAll(async () => {
    f = await documentsFixture();
    const order = await f.order();
    ({ url } = await f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id }));
  });
  afterAll(() => f.close());

  it("shows the PDF inline under its worded name, never cached", async () => {
    const response = await as(f.owner.user)(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="1 31.12.2026.pdf"; filename*=UTF-8''${encodeURIComponent("Счёт № 1 от 31.12.2026.pdf")}`,
    );
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(pdfText(pdf)).toContain("Счёт на оплату № 1");
  });

  it("saves it as an attachment with &download=1", async () => {
    const response = await as(f.owner.user)(`${url}&download=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename=".*"; filename\*=UTF-8''/,
    );
  });

  it("serves a member who reads orders, and 404 to one who does not", async () => {
    expect((await as(f.boris.user)(url)).status).toBe(200);
    expect((await as(f.carl.user)(url)).status).toBe(404);
  });

  it("serves an API key of the organisation, as the rest of /api/v1", async () => {
    const key = await f.owner.caller.core.apiKeys.create({ name: "1С", role: "admin" });
    const headers = { authorization: `Bearer ${key.key}` };
    const response = await f.t.app().request(url, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });

  it("answers 404 for another organisation's id, and 401 without a sign-in", async () => {
    const other = await teamFixture(f.t, {
      org: "ООО «Другое»",
      owner: await createUser(f.t, "Dina"),
      members: {},
    });
    const theirs = url.replace(f.orgId, other.orgId);
    expect((await as(other.owner.user)(theirs)).status).toBe(404);
    expect((await as(other.owner.user)(url)).status).toBe(404);
    const anonymous = await f.t.app(async () => null).request(url);
    expect(anonymous.status).toBe(401);
    expect((await as(f.owner.user)(url.replace(".pdf", ".txt"))).status).toBe(404);
  });
});
