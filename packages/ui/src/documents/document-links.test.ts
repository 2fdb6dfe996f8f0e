import { describe, expect, it } from "vitest";
import { downloadUrl } from "./document-links.ts";

describe("downloadUrl", () => {
  it("adds download=1 after the organisation", () => {
    expect(downloadUrl("/api/v1/documents/doc_1.pdf?org=org_1")).toBe(
      "/api/v1/documents/doc_1.pdf?org=org_1&download=1",
    );
  });

  it("starts the query when the url has none", () => {
    expect(downloadUrl("/api/v1/documents/doc_1.pdf")).toBe("/api/v1/documents/doc_1.pdf?download=1");
  });
});
