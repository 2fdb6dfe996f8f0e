import {
  type Actor,
  cleanText,
  DomainError,
  type GrowthStage,
  growthStages,
  isCurrencyCode,
  peopleMessages,
  salesFunctions,
} from "@quartet/core";
import { writeTransaction } from "@quartet/db";
import { memberships, organisations, userPreferences } from "@quartet/db/control";
import { functionAssignments } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { PeopleDeps } from "./deps.ts";
import { recordAudit } from "./record-audit.ts";

/** Organisation settings a user can change. */
export const organisationSettingsInput = z.object({
  name: cleanText(200).min(1, peopleMessages.nameOrg),
  defaultCurrency: z.string().refine(isCurrencyCode, peopleMessages.unknownCurrency).default("RUB"),
  timeZone: z
    .string()
    .refine(
      (tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC",
      peopleMessages.unknownTimeZone,
    )
    .default("Europe/Moscow"),
  locale: z.enum(["ru", "en"]).default("ru"),
  growthStage: z.enum(growthStages).default("solo"),
});

/** The organisation's public settings. */
export function settingsOf(org: typeof organisations.$inferSelect) {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    defaultCurrency: org.defaultCurrency,
    timeZone: org.timeZone,
    locale: org.locale,
    growthStage: org.growthStage as GrowthStage,
    createdAt: org.createdAt,
  };
}

/** Creates an organisation with its database; the creator becomes its owner and works in it next. */
export async function createOrganisationFor(
  deps: PeopleDeps,
  actor: Actor,
  input: z.input<typeof organisationSettingsInput>,
) {
  const settings = organisationSettingsInput.parse(input);
  const org = await deps.provision({ name: settings.name });
  const now = deps.clock.now();
  await writeTransaction(deps.control, async (tx) => {
    await tx
      .update(organisations)
      .set({
        defaultCurrency: settings.defaultCurrency,
        timeZone: settings.timeZone,
        locale: settings.locale,
        growthStage: settings.growthStage,
      })
      .where(eq(organisations.id, org.id));
    await tx.insert(memberships).values({ orgId: org.id, userId: actor.id, role: "owner", createdAt: now });
    await tx
      .insert(userPreferences)
      .values({ userId: actor.id, activeOrgId: org.id })
      .onConflictDoUpdate({ target: userPreferences.userId, set: { activeOrgId: org.id } });
  });
  const runtime = await deps.runtime(org.id);
  await runtime.write(actor, async (scope) => {
    await scope.audit({
      action: "core.org.create",
      entity: "organisation",
      entityId: org.id,
      after: settings,
    });
    if (settings.growthStage === "solo") {
      const rows = salesFunctions.map((fn) => ({
        userId: actor.id,
        function: fn,
        capacityPerDay: null,
        paused: false,
        teamId: null,
        createdAt: now,
        updatedAt: now,
      }));
      await scope.tx.insert(functionAssignments).values(rows);
      await scope.audit({
        action: "core.staffing.assign",
        entity: "assignment",
        entityId: `${actor.id}:*`,
        after: { functions: salesFunctions },
      });
    }
  });
  return settingsOf(await deps.organisations.get(org.id));
}

/** Changes an organisation's settings (name, currency, time zone, language, growth stage). */
export async function updateOrganisation(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  input: Partial<z.input<typeof organisationSettingsInput>>,
) {
  const before = settingsOf(await deps.organisations.get(orgId));
  const next = organisationSettingsInput.parse({ ...before, ...input });
  await writeTransaction(deps.control, (tx) =>
    tx
      .update(organisations)
      .set({
        name: next.name,
        defaultCurrency: next.defaultCurrency,
        timeZone: next.timeZone,
        locale: next.locale,
        growthStage: next.growthStage,
      })
      .where(eq(organisations.id, orgId)),
  );
  const after = settingsOf(await deps.organisations.get(orgId));
  await recordAudit(deps, actor, orgId, {
    action: "core.org.update",
    entity: "organisation",
    entityId: orgId,
    before,
    after,
  });
  return after;
}

/** The organisations a user belongs to, with their role, and which one is active. */
export async function myOrganisations(deps: PeopleDeps, userId: string) {
  const rows = await deps.control.db
    .select({ org: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId));
  const [prefs] = await deps.control.db
    .select()
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId));
  return {
    activeOrgId: prefs?.activeOrgId ?? null,
    organisations: rows.map((row) => ({ ...settingsOf(row.org), role: row.role })),
  };
}

/** Makes one of the user's organisations the active one. */
export async function switchOrganisation(deps: PeopleDeps, userId: string, orgId: string): Promise<void> {
  const mine = await myOrganisations(deps, userId);
  if (!mine.organisations.some((org) => org.id === orgId)) {
    throw new DomainError("NOT_FOUND", peopleMessages.notYourOrg);
  }
  await writeTransaction(deps.control, (tx) =>
    tx
      .insert(userPreferences)
      .values({ userId, activeOrgId: orgId })
      .onConflictDoUpdate({ target: userPreferences.userId, set: { activeOrgId: orgId } }),
  );
}
