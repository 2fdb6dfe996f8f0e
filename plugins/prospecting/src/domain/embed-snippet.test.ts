import { describe, expect, it } from "vitest";
import { embedSnippet } from "./embed-snippet.ts";

const form = {
  id: "form_1",
  fields: [
    { key: "name", label: "Имя <b>", type: "text" as const, required: true, role: "name" as const },
    { key: "phone", label: "Телефон", type: "phone" as const, required: true, role: null },
  ],
  honeypotField: "homepage",
  consentRequired: true,
  consentText: "Согласен",
  thankYou: "Спасибо! </script><script>alert(1)</script>",
};

describe("embedSnippet", () => {
  const html = embedSnippet(form, "https://crm.example.ru/hooks/prospecting/forms/KEY");

  it("posts JSON with fetch to the endpoint", () => {
    expect(html).toContain('var endpoint = "https://crm.example.ru/hooks/prospecting/forms/KEY";');
    expect(html).toContain('headers: { "content-type": "application/json" }');
  });

  it("renders the fields, a hidden honeypot and the consent box", () => {
    expect(html).toContain('<input name="phone" type="tel" required>');
    expect(html).toContain('<input name="homepage" tabindex="-1" autocomplete="off">');
    expect(html).toContain('name="consent"');
  });

  it("escapes labels and cannot be broken out of by the thank-you text", () => {
    expect(html).toContain("Имя &#60;b&#62;");
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});
