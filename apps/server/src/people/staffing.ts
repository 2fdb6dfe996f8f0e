import {
  type Actor,
  type AssignmentStrategy,
  chooseAssignee,
  computeCoverage,
  DomainError,
  newId,
  peopleMessages,
  type SalesFunction,
  salesFunctions,
  startOfLocalDay,
  type WriteScope,
} from "@quartet/core";
import { assignmentLog, functionAssignments, teams } from "@quartet/db/org";
import { and, asc, count, desc, eq, gte, inArray } from "drizzle-orm";
import type { PeopleDeps } from "./deps.ts";
import { listMembers } from "./members.ts";

/** A member's assignment to a function as an administrator sets it. */
export type AssignmentInput = {
  userId: string;
  function: SalesFunction;
  capacityPerDay?: number | null;
  paused?: boolean;
  teamId?: string | null;
};

async function requireMember(deps: PeopleDeps, orgId: string, userId: string) {
  if (!(await listMembers(deps, orgId)).some((m) => m.userId === userId)) {
    throw new DomainError("BAD_INPUT", peopleMessages.notOrgMember, {
      fields: { userId: peopleMessages.notMember },
    });
  }
}

async function requireTeam(
  deps: PeopleDeps,
  orgId: string,
  teamId: string | null | undefined,
  fn: SalesFunction,
) {
  if (!teamId) return;
  const org = await deps.runtime(orgId);
  const [team] = await org.db.select().from(teams).where(eq(teams.id, teamId));
  if (!team)
    throw new DomainError("BAD_INPUT", peopleMessages.noTeam, {
      fields: { teamId: peopleMessages.unknownTeam },
    });
  if (team.function !== fn)
    throw new DomainError("BAD_INPUT", peopleMessages.otherFunctionTeam, {
      fields: { teamId: peopleMessages.otherFunction },
    });
}

/** Assigns a member to a function, or changes their capacity, pause or team there. */
export async function setAssignment(deps: PeopleDeps, actor: Actor, orgId: string, input: AssignmentInput) {
  await requireMember(deps, orgId, input.userId);
  await requireTeam(deps, orgId, input.teamId, input.function);
  const org = await deps.runtime(orgId);
  const now = deps.clock.now();
  await org.write(actor, async (scope) => {
    const key = and(
      eq(functionAssignments.userId, input.userId),
      eq(functionAssignments.function, input.function),
    );
    const [before] = await scope.tx.select().from(functionAssignments).where(key);
    const row = {
      userId: input.userId,
      function: input.function,
      capacityPerDay:
        input.capacityPerDay === undefined ? (before?.capacityPerDay ?? null) : input.capacityPerDay,
      paused: input.paused ?? before?.paused ?? false,
      teamId: input.teamId === undefined ? (before?.teamId ?? null) : input.teamId,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    await scope.tx
      .insert(functionAssignments)
      .values(row)
      .onConflictDoUpdate({ target: [functionAssignments.userId, functionAssignments.function], set: row });
    await scope.audit({
      action: "core.staffing.assign",
      entity: "assignment",
      entityId: `${input.userId}:${input.function}`,
      before: before ?? null,
      after: row,
    });
  });
}

/** Takes a member off a function. */
export async function removeAssignment(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  userId: string,
  fn: SalesFunction,
) {
  const org = await deps.runtime(orgId);
  await org.write(actor, async (scope) => {
    const key = and(eq(functionAssignments.userId, userId), eq(functionAssignments.function, fn));
    const [before] = await scope.tx.select().from(functionAssignments).where(key);
    if (!before) throw new DomainError("NOT_FOUND", peopleMessages.notCovering);
    await scope.tx.delete(functionAssignments).where(key);
    await scope.audit({
      action: "core.staffing.unassign",
      entity: "assignment",
      entityId: `${userId}:${fn}`,
      before,
      after: null,
    });
  });
}

/** Creates a team for a function, optionally with a lead. */
export async function createTeam(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  input: { function: SalesFunction; name: string; leadUserId?: string | null },
) {
  if (input.leadUserId) await requireMember(deps, orgId, input.leadUserId);
  const org = await deps.runtime(orgId);
  const row = {
    id: newId("team", deps.clock.now()),
    function: input.function,
    name: input.name.trim(),
    leadUserId: input.leadUserId ?? null,
    createdAt: deps.clock.now(),
  };
  await org.write(actor, async (scope) => {
    await scope.tx.insert(teams).values(row);
    await scope.audit({ action: "core.team.create", entity: "team", entityId: row.id, after: row });
  });
  return row;
}

/** Renames a team or changes its lead. */
export async function updateTeam(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  teamId: string,
  input: { name?: string; leadUserId?: string | null },
) {
  if (input.leadUserId) await requireMember(deps, orgId, input.leadUserId);
  const org = await deps.runtime(orgId);
  await org.write(actor, async (scope) => {
    const [before] = await scope.tx.select().from(teams).where(eq(teams.id, teamId));
    if (!before) throw new DomainError("NOT_FOUND", peopleMessages.noTeam);
    const after = {
      ...before,
      name: input.name?.trim() ?? before.name,
      leadUserId: input.leadUserId === undefined ? before.leadUserId : input.leadUserId,
    };
    await scope.tx
      .update(teams)
      .set({ name: after.name, leadUserId: after.leadUserId })
      .where(eq(teams.id, teamId));
    await scope.audit({ action: "core.team.update", entity: "team", entityId: teamId, before, after });
  });
}

/** Deletes a team; its members stay assigned to the function without a team. */
export async function deleteTeam(deps: PeopleDeps, actor: Actor, orgId: string, teamId: string) {
  const org = await deps.runtime(orgId);
  await org.write(actor, async (scope) => {
    const [before] = await scope.tx.select().from(teams).where(eq(teams.id, teamId));
    if (!before) throw new DomainError("NOT_FOUND", peopleMessages.noTeam);
    await scope.tx
      .update(functionAssignments)
      .set({ teamId: null })
      .where(eq(functionAssignments.teamId, teamId));
    await scope.tx.delete(teams).where(eq(teams.id, teamId));
    await scope.audit({ action: "core.team.delete", entity: "team", entityId: teamId, before, after: null });
  });
}

/** Who covers each of the four functions, whether the leg stands at all, and the growth-stage hints. */
export async function coverage(deps: PeopleDeps, orgId: string) {
  const org = await deps.runtime(orgId);
  const [settings, members, assignments, teamRows, installs] = await Promise.all([
    deps.organisations.get(orgId),
    listMembers(deps, orgId),
    org.db.select().from(functionAssignments).orderBy(asc(functionAssignments.userId)),
    org.db.select().from(teams).orderBy(asc(teams.name)),
    deps.installations.list(orgId),
  ]);
  const enabledFunctions = new Set<SalesFunction>();
  for (const row of installs) {
    const fn = deps.pluginFunctions.get(row.pluginId);
    if (row.state === "enabled" && fn) enabledFunctions.add(fn);
  }
  return computeCoverage({
    stage: settings.growthStage,
    enabledFunctions,
    members: members.map((m) => ({ userId: m.userId, name: m.name })),
    assignments: assignments.map((a) => ({ ...a, function: a.function as SalesFunction })),
    teams: teamRows.map((t) => ({ ...t, function: t.function as SalesFunction })),
  });
}

/** Assignments and teams as stored, for the team page. */
export async function staffing(deps: PeopleDeps, orgId: string) {
  const org = await deps.runtime(orgId);
  return {
    functions: salesFunctions,
    assignments: await org.db.select().from(functionAssignments).orderBy(asc(functionAssignments.function)),
    teams: await org.db.select().from(teams).orderBy(asc(teams.function), asc(teams.name)),
  };
}

/**
 * Picks who receives a new piece of work for a function with the assignment engine and
 * records the choice in the same transaction, so load and round robin stay exact. The
 * organisation's owner who covers several functions is a nominal candidate: a specialist
 * staffed for the function gets the work first.
 */
export async function assignWork(
  deps: PeopleDeps,
  scope: WriteScope,
  input: {
    orgId: string;
    function: SalesFunction;
    subject: string;
    strategy?: AssignmentStrategy;
    preferredUserId?: string | null;
  },
) {
  const settings = await deps.organisations.get(input.orgId);
  const dayStart = startOfLocalDay(deps.clock.now(), settings.timeZone);
  const memberRows = await listMembers(deps, input.orgId);
  const members = new Map(memberRows.map((m) => [m.userId, m.name]));
  const generalists = await generalistOwners(
    scope,
    memberRows.filter((m) => m.role === "owner").map((m) => m.userId),
  );
  const rows = await scope.tx
    .select()
    .from(functionAssignments)
    .where(eq(functionAssignments.function, input.function))
    .orderBy(asc(functionAssignments.userId));
  const loads = await scope.tx
    .select({ userId: assignmentLog.userId, n: count() })
    .from(assignmentLog)
    .where(and(eq(assignmentLog.function, input.function), gte(assignmentLog.at, dayStart)))
    .groupBy(assignmentLog.userId);
  const [last] = await scope.tx
    .select({ userId: assignmentLog.userId })
    .from(assignmentLog)
    .where(eq(assignmentLog.function, input.function))
    .orderBy(desc(assignmentLog.at), desc(assignmentLog.id))
    .limit(1);
  const result = chooseAssignee({
    function: input.function,
    strategy: input.strategy ?? "round-robin",
    preferredUserId: input.preferredUserId ?? null,
    lastAssignedUserId: last?.userId ?? null,
    candidates: rows
      .filter((r) => members.has(r.userId))
      .map((r) => ({
        userId: r.userId,
        name: members.get(r.userId),
        capacityPerDay: r.capacityPerDay,
        paused: r.paused,
        assignedToday: loads.find((l) => l.userId === r.userId)?.n ?? 0,
        nominal: generalists.has(r.userId),
      })),
  });
  if (result.ok) {
    await scope.tx.insert(assignmentLog).values({
      id: newId("asg", deps.clock.now()),
      function: input.function,
      userId: result.userId,
      subject: input.subject,
      reason: result.reason,
      at: deps.clock.now(),
    });
  }
  return result;
}

/** The owners among `ownerIds` who cover more than one function: nominal candidates on each. */
async function generalistOwners(scope: WriteScope, ownerIds: readonly string[]): Promise<Set<string>> {
  if (ownerIds.length === 0) return new Set();
  const rows = await scope.tx
    .select({ userId: functionAssignments.userId, n: count() })
    .from(functionAssignments)
    .where(inArray(functionAssignments.userId, [...ownerIds]))
    .groupBy(functionAssignments.userId);
  return new Set(rows.filter((r) => r.n > 1).map((r) => r.userId));
}
