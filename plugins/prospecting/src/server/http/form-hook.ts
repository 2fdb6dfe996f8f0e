import type { HookEnv } from "@quartet/core/plugin";
import { and, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { m } from "../../contracts/messages.ts";
import { forms } from "../../db/channels.ts";
import { validateFormPayload } from "../../domain/form-payload.ts";
import type { ProspectingContext, ProspectingPorts } from "../context.ts";
import { acceptFormPost } from "../services/forms/accept-form-post.ts";
import { clientAddress } from "./client-address.ts";
import { hookContext } from "./hook-context.ts";
import { readFormBody } from "./read-form-body.ts";
import { refuse } from "./respond.ts";

/** The largest form post accepted. */
export const maxFormBodyBytes = 16 * 1024;

/**
 * `POST /forms/:key` (JSON or form-encoded) and its CORS preflight. In order: size (413),
 * key and active form (404), origin against the form's allowed origins (403), the per-address
 * rate limit (429), the body (400), the fields with honeypot and consent (400) — each refusal
 * writes nothing. A valid post becomes an inbound request: 201 with the thank-you message.
 */
export function formHooks(ports: ProspectingPorts) {
  const limit = bodyLimit({
    maxSize: maxFormBodyBytes,
    onError: (c) =>
      refuse(c, "PAYLOAD_TOO_LARGE", m.postTooLarge, { params: { size: maxFormBodyBytes / 1024 } }),
  });
  return new Hono<HookEnv>()
    .options("/forms/:key", async (c) => {
      const found = await formOf(c, ports);
      if (!found) return refuse(c, "NOT_FOUND", m.unknownEndpoint);
      const origin = c.req.header("origin");
      if (!origin || !allows(found.form, origin)) return refuse(c, "FORBIDDEN", m.originRefused);
      return c.body(null, 204, {
        ...cors(origin),
        "access-control-allow-methods": "POST, OPTIONS",
        "access-control-allow-headers": "content-type",
        "access-control-max-age": "600",
      });
    })
    .post("/forms/:key", limit, async (c) => {
      const found = await formOf(c, ports);
      if (!found) return refuse(c, "NOT_FOUND", m.unknownEndpoint);
      const { ctx, form } = found;
      const origin = c.req.header("origin");
      if (form.allowedOrigins.length > 0 && !(origin && allows(form, origin))) {
        return refuse(c, "FORBIDDEN", m.originRefused);
      }
      if (origin) for (const [name, value] of Object.entries(cors(origin))) c.header(name, value);
      const address = clientAddress(c, ctx.settings.trustForwardedFor);
      const hit = ports.formLimiter.hit(
        `${form.id}:${address}`,
        ctx.settings.formPostsPerMinute,
        ctx.clock.now(),
      );
      if (!hit.ok) {
        c.header("retry-after", String(Math.ceil(hit.retryAfterMs / 1000)));
        return refuse(c, "RATE_LIMITED", m.tooManyPosts);
      }
      const result = validateFormPayload(form, await readFormBody(c.req.raw));
      if (!result.ok) {
        return result.reason === "honeypot"
          ? refuse(c, "BAD_INPUT", m.formRefused)
          : refuse(c, "BAD_INPUT", m.checkFields, { fields: result.fields });
      }
      await acceptFormPost({ ctx, input: { form, submission: result.value } });
      return c.json({ ok: true, message: form.thankYou }, 201);
    });
}

async function formOf(c: Context<HookEnv>, ports: ProspectingPorts) {
  const key = c.req.param("key") ?? "";
  const ctx: ProspectingContext | null = await hookContext(c, key, ports);
  if (!ctx) return null;
  const [form] = await ctx.org.db
    .select()
    .from(forms)
    .where(and(eq(forms.key, key), eq(forms.active, true)));
  return form ? { ctx, form } : null;
}

function allows(form: { allowedOrigins: string[] }, origin: string): boolean {
  return form.allowedOrigins.length === 0 || form.allowedOrigins.includes(origin);
}

function cors(origin: string): Record<string, string> {
  return { "access-control-allow-origin": origin, vary: "Origin" };
}
