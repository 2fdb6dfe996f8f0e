import type { SalesFunction } from "@quartet/core";
import type { MailMessage } from "../auth/mailer.ts";
import type { ConsultationPayload } from "./consultation.ts";
import { mailWords } from "./mail-words.ts";

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The consultant's mail: who asks for a consultation and how to reach them, each function's
 * score, the weakest leg and the recommendations, in the requester's language, as text and HTML.
 */
export function consultationMail(to: string, payload: ConsultationPayload): MailMessage {
  const w = mailWords[payload.requester.locale];
  const { requester, diagnostic } = payload;
  const { report } = diagnostic;
  const fnName = (fn: unknown) => w.functions[fn as SalesFunction] ?? "";
  const recommendations = report.recommendations.map((r) =>
    w.recommendation(r.code, r.params, fnName(r.params.function)),
  );
  const intro = w.request(requester.name, requester.phone, requester.email);
  const comment = requester.comment ? `${w.comment}: ${requester.comment}` : "";
  const scores = report.scores.map((s) => w.score(fnName(s.function), s.score));
  const weakest = w.weakest(fnName(report.weakest));
  const text = [
    intro,
    comment,
    `${w.scores}:\n${scores.map((s) => `- ${s}`).join("\n")}`,
    weakest,
    `${w.recommendations}:\n${recommendations.length ? recommendations.map((r) => `- ${r}`).join("\n") : w.none}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    comment ? `<p>${escapeHtml(comment)}</p>` : "",
    `<h3>${escapeHtml(w.scores)}</h3>${list(scores)}`,
    `<p><strong>${escapeHtml(weakest)}</strong></p>`,
    `<h3>${escapeHtml(w.recommendations)}</h3>${recommendations.length ? list(recommendations) : `<p>${escapeHtml(w.none)}</p>`}`,
  ].join("");
  return {
    to,
    subject: w.subject(payload.organisation.name),
    text: `${text}\n`,
    html: `<div lang="${requester.locale}">${html}</div>`,
  };
}
