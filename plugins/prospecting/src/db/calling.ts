import type { CallDisposition, ContactPerson } from "@quartet/core";
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { CallingWindow } from "../domain/calling-window.ts";
import type { Disposition } from "../domain/dispositions.ts";
import type { RetryDelays } from "../domain/recycling.ts";
import type { ScriptGraph } from "../domain/script-graph.ts";
import type { ScriptAnswer } from "../domain/walk-script.ts";

/** The client as the list builder saw it: the call screen shows it to callers, who may not read clients. */
export type ClientCard = {
  name: string;
  kind: "company" | "person";
  inn: string | null;
  phones: string[];
  emails: string[];
  region: string | null;
  city: string | null;
  industry: string | null;
  tags: string[];
  /** Whom to ask for (the client's primary contact); absent on records listed before it was kept. */
  contact?: ContactPerson | null;
};

/**
 * How the PBX says a dialled call ended (`core.call.ended` of the caller's extension to the
 * record's number): what the call screen pre-selects and the call row keeps.
 */
export type PbxCallResult = {
  providerCallId: string;
  disposition: CallDisposition | null;
  durationSec: number;
  endedAt: number;
};

/** Where a call-list record stands. `claimed` is held by one caller until `lease_until`. */
export type MemberState = "queued" | "claimed" | "callback" | "done" | "dnc";

/** Call lists: who to call. */
export const callLists = sqliteTable("prospecting_call_lists", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  createdBy: text("created_by").notNull(),
});

/** One client on a call list, with its place in the queue. */
export const listMembers = sqliteTable(
  "prospecting_list_members",
  {
    id: text("id").primaryKey(),
    listId: text("list_id")
      .notNull()
      .references(() => callLists.id, { onDelete: "cascade" }),
    clientId: text("client_id").notNull(),
    clientCard: text("client_card", { mode: "json" }).$type<ClientCard>().notNull(),
    /** The number to dial (E.164). */
    phone: text("phone").notNull(),
    /** The client's IANA zone: its calling window is local to it. */
    timeZone: text("time_zone").notNull(),
    state: text("state").$type<MemberState>().notNull(),
    attempts: integer("attempts").notNull(),
    availableAt: integer("available_at", { mode: "number" }).notNull(),
    claimedBy: text("claimed_by"),
    claimedAt: integer("claimed_at", { mode: "number" }),
    leaseUntil: integer("lease_until", { mode: "number" }),
    lastDisposition: text("last_disposition").$type<Disposition>(),
    callbackCallerId: text("callback_caller_id"),
    /** The PBX's end of a call dialled in the current claim; cleared when the claim ends. */
    pbxCall: text("pbx_call", { mode: "json" }).$type<PbxCallResult>(),
    /** The script walked so far in the current claim. */
    scriptAnswers: text("script_answers", { mode: "json" }).$type<ScriptAnswer[]>().notNull(),
    addedAt: integer("added_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("prospecting_list_members_client").on(t.listId, t.clientId),
    /** The queue order: a claim walks it from the oldest due record and stops at the first callable one. */
    index("prospecting_list_members_queue").on(t.listId, t.state, t.availableAt, t.id),
    /** A list's zones, read by skipping from one zone to the next. */
    index("prospecting_list_members_zone").on(t.listId, t.timeZone),
    index("prospecting_list_members_phone").on(t.phone),
    /**
     * Who holds what: only claimed records, so it stays tiny and the planner picks it even when
     * ANALYZE saw a million unclaimed records (a full index on `claimed_by` looked useless to it).
     */
    index("prospecting_list_members_holder").on(t.claimedBy, t.listId).where(sql`state = 'claimed'`),
  ],
);

/** Campaigns: a list worked with a script, a calling window and recycling rules. One per list. */
export const campaigns = sqliteTable("prospecting_campaigns", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  listId: text("list_id")
    .notNull()
    .unique()
    .references(() => callLists.id),
  scriptId: text("script_id").notNull(),
  scriptVersion: integer("script_version").notNull(),
  window: text("window", { mode: "json" }).$type<CallingWindow>().notNull(),
  maxAttempts: integer("max_attempts").notNull(),
  retryDelays: text("retry_delays", { mode: "json" }).$type<RetryDelays>().notNull(),
  callbackToSameCaller: integer("callback_to_same_caller", { mode: "boolean" }).notNull(),
  status: text("status").$type<"active" | "paused">().notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** Call scripts; editing one adds a version. */
export const scripts = sqliteTable("prospecting_scripts", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  latestVersion: integer("latest_version").notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** Immutable script versions; calls keep the version they were made with. */
export const scriptVersions = sqliteTable(
  "prospecting_script_versions",
  {
    scriptId: text("script_id")
      .notNull()
      .references(() => scripts.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    graph: text("graph", { mode: "json" }).$type<ScriptGraph>().notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    createdBy: text("created_by").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scriptId, t.version] })],
);

/** Calls made from the queue. */
export const calls = sqliteTable(
  "prospecting_calls",
  {
    id: text("id").primaryKey(),
    campaignId: text("campaign_id").notNull(),
    memberId: text("member_id").notNull(),
    clientId: text("client_id").notNull(),
    callerId: text("caller_id").notNull(),
    startedAt: integer("started_at", { mode: "number" }).notNull(),
    endedAt: integer("ended_at", { mode: "number" }).notNull(),
    disposition: text("disposition").$type<Disposition>().notNull(),
    answers: text("answers", { mode: "json" }).$type<ScriptAnswer[]>().notNull(),
    /** Custom-field values the script collected (`budget` → 150000). */
    fieldWrites: text("field_writes", { mode: "json" })
      .$type<Record<string, string | number | boolean>>()
      .notNull(),
    /** When they reached the client: at the call, or — when the caller may not write the client — at qualification. */
    fieldsAppliedAt: integer("fields_applied_at", { mode: "number" }),
    scriptId: text("script_id").notNull(),
    scriptVersion: integer("script_version").notNull(),
    note: text("note"),
    /** The request an `interested` call opened. */
    requestId: text("request_id"),
    /** Dialled through the PBX: whether the client picked up and the talk time; null when dialled by hand. */
    connected: integer("connected", { mode: "boolean" }),
    talkSec: integer("talk_sec"),
    providerCallId: text("provider_call_id"),
  },
  (t) => [
    index("prospecting_calls_started").on(t.startedAt),
    index("prospecting_calls_caller").on(t.callerId, t.startedAt),
    index("prospecting_calls_member").on(t.memberId, t.startedAt),
    /** A client's earlier attempts (the call screen) and "never called" (list building). */
    index("prospecting_calls_client").on(t.clientId, t.startedAt),
  ],
);
