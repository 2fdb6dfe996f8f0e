import type { FormField } from "./form-definition.ts";

/** A form as the snippet needs it. */
export type SnippetForm = {
  id: string;
  fields: readonly FormField[];
  honeypotField: string;
  consentRequired: boolean;
  consentText: string;
  thankYou: string;
};

const inputType = { text: "text", email: "email", phone: "tel", textarea: "" } as const;

/**
 * A copy-paste HTML + JS snippet for a website: the form, a hidden honeypot, the consent box,
 * and a script that posts the fields (plus UTM tags, page and referrer) as JSON with `fetch`
 * to `endpoint` and shows the thank-you message.
 *
 * @example embedSnippet(form, "https://crm.example.ru/hooks/prospecting/forms/Xy…")
 */
export function embedSnippet(form: SnippetForm, endpoint: string): string {
  const id = `quartet-form-${form.id}`;
  const fields = form.fields.map(fieldHtml).join("\n");
  const consent = form.consentRequired
    ? `  <label><input type="checkbox" name="consent" value="on" required> ${escapeHtml(form.consentText)}</label>\n`
    : "";
  return `<form id="${id}" class="quartet-form" novalidate>
${fields}
  <div style="position:absolute;left:-10000px" aria-hidden="true"><input name="${form.honeypotField}" tabindex="-1" autocomplete="off"></div>
${consent}  <button type="submit">Отправить</button>
  <p class="quartet-form-status" role="status"></p>
</form>
<script>
(function () {
  var form = document.getElementById(${js(id)});
  var endpoint = ${js(endpoint)};
  var thanks = ${js(form.thankYou)};
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = {};
    new FormData(form).forEach(function (value, key) { if (!(key in data)) data[key] = value; });
    var params = new URLSearchParams(location.search);
    ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"].forEach(function (key) {
      if (params.get(key)) data[key] = params.get(key);
    });
    data.page = location.href;
    data.referrer = document.referrer;
    var status = form.querySelector(".quartet-form-status");
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(data) })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (result.ok) {
          form.textContent = "";
          var done = document.createElement("p");
          done.textContent = thanks;
          form.appendChild(done);
        } else {
          status.textContent = (result.body && result.body.error && result.body.error.message) || "Не удалось отправить";
          button.disabled = false;
        }
      })
      .catch(function () {
        status.textContent = "Не удалось отправить, попробуйте ещё раз";
        button.disabled = false;
      });
  });
})();
</script>`;
}

function fieldHtml(field: FormField): string {
  const required = field.required ? " required" : "";
  const control =
    field.type === "textarea"
      ? `<textarea name="${field.key}"${required}></textarea>`
      : `<input name="${field.key}" type="${inputType[field.type]}"${required}>`;
  return `  <label>${escapeHtml(field.label)} ${control}</label>`;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// A JavaScript string literal that cannot close the <script> element.
function js(value: string): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
