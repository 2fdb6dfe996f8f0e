import { DomainError } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import type { ProspectingContext } from "../../context.ts";

/** The public URL given, else the `publicUrl` setting, without a trailing slash; BAD_INPUT when neither. */
export function publicUrlOf(ctx: ProspectingContext, given: string | null | undefined): string {
  const url = (given || ctx.settings.publicUrl).replace(/\/+$/, "");
  if (!url) {
    throw new DomainError("BAD_INPUT", m.publicUrlNeeded, {
      fields: { publicUrl: m.publicUrlField },
    });
  }
  return url;
}
