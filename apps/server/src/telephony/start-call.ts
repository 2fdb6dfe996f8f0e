import {
  DomainError,
  telephonyMessages as m,
  normalizePhone,
  PbxError,
  type ServiceContext,
} from "@quartet/core";
import { z } from "zod";
import { pbxConnection } from "./connection.ts";
import { extensionOf } from "./extensions.ts";

/** The number to call, as a person or a phone link gives it. */
export const startCallInput = z.object({ to: z.string().trim().min(1, m.enterNumber).max(40, m.badNumber) });

/**
 * Click-to-call as the current member: the PBX rings their extension, then `to`. Refused
 * (PRECONDITION_FAILED, worded) when no PBX is connected or the member has no extension; a number
 * that is not one is BAD_INPUT naming `to`; the provider's refusals are worded, never its raw text
 * alone.
 */
export async function startCall(ctx: ServiceContext, input: z.output<typeof startCallInput>) {
  const number = normalizePhone(input.to);
  if (!number.ok) throw new DomainError("BAD_INPUT", m.badNumber, { fields: { to: m.badNumber } });
  const pbx = await pbxConnection(ctx.org.db);
  if (!pbx) throw new DomainError("PRECONDITION_FAILED", m.noPbx);
  const extension = await extensionOf(ctx, ctx.actor.id);
  if (!extension) throw new DomainError("PRECONDITION_FAILED", m.noExtension);
  try {
    await pbx.adapter.startCall(pbx.settings, { extension, to: number.value });
  } catch (error) {
    throw providerFailure(error);
  }
  return { extension, to: number.value };
}

/** A PBX failure as a worded refusal; anything else goes on as an internal error. */
export function providerFailure(error: unknown): unknown {
  if (!(error instanceof PbxError)) return error;
  switch (error.reason) {
    case "auth":
      return new DomainError("PRECONDITION_FAILED", m.providerAuth, { cause: error });
    case "refused":
      return new DomainError("PRECONDITION_FAILED", m.providerRefused, {
        params: { reason: error.message },
        cause: error,
      });
    case "unreachable":
      return new DomainError("UNAVAILABLE", m.providerUnreachable, { cause: error });
  }
}
