import { DomainError, msg, normalizeEmail, normalizePhone } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import type { ProspectingContext } from "../../context.ts";
import { receiveRequest } from "./receive-request.ts";

/** A request typed in by hand (a phone call to the office, a walk-in). */
export type ManualRequestInput = {
  source: string;
  name?: string | null;
  company?: string | null;
  phone?: string | null;
  email?: string | null;
  message?: string | null;
};

/** Records a manual request (phone and email normalized); it waits for triage like any other. */
export async function createRequest({ ctx, input }: { ctx: ProspectingContext; input: ManualRequestInput }) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const contact = {
      name: input.name?.trim() || null,
      company: input.company?.trim() || null,
      phone: normalized("phone", input.phone),
      email: normalized("email", input.email),
    };
    const created = await receiveRequest(
      scope,
      {
        source: input.source,
        channel: "manual",
        utm: {},
        consent: false,
        rawPayload: { enteredBy: ctx.actor.id },
        contact,
        message: input.message ?? null,
      },
      now,
    );
    await scope.audit({
      action: "prospecting.request.create",
      entity: "request",
      entityId: created.id,
      after: contact,
    });
    return created;
  });
}

function normalized(kind: "phone" | "email", raw: string | null | undefined): string | null {
  if (!raw?.trim()) return null;
  const result = kind === "phone" ? normalizePhone(raw) : normalizeEmail(raw);
  if (!result.ok)
    throw new DomainError("BAD_INPUT", m.contactNotValid, {
      params: { kind: msg(kind === "phone" ? m.kindPhone : m.kindEmail) },
      fields: { [kind]: m.notValid },
    });
  return result.value;
}
