import { describe, expect, it } from "vitest";
import {
  dueInstant,
  dueOfDraft,
  durationSeconds,
  emptyDraft,
  logInput,
  taskInput,
} from "./composer-draft.ts";

describe("durationSeconds", () => {
  it.each([
    ["", 0],
    ["7", 420],
    ["1,5", 90],
    ["7:30", 450],
    [" 12 ", 720],
    ["7:75", null],
    ["seven", null],
    ["-3", null],
  ])("%j → %j", (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });
});

describe("dueInstant", () => {
  it("reads a local date and time, 09:00 without a time, null without a date", () => {
    expect(dueInstant("2026-12-11", "11:00")).toBe(new Date(2026, 11, 11, 11, 0).getTime());
    expect(dueInstant("2026-12-11", "")).toBe(new Date(2026, 11, 11, 9, 0).getTime());
    expect(dueInstant("", "11:00")).toBeNull();
  });
});

describe("dueOfDraft", () => {
  it("takes a date and a time as an instant, a date alone as a whole day, nothing without a date", () => {
    expect(dueOfDraft("2026-12-11", "11:00")).toEqual({ dueAt: new Date(2026, 11, 11, 11, 0).getTime() });
    expect(dueOfDraft("2026-12-11", "")).toEqual({ dueDate: "2026-12-11" });
    expect(dueOfDraft("", "11:00")).toBeNull();
  });
});

/** The follow-up task of a built input, if any. */
function followUpOf(built: ReturnType<typeof logInput>) {
  return built.input && "followUp" in built.input ? built.input.followUp : undefined;
}

describe("logInput", () => {
  const call = { ...emptyDraft("call"), body: "Просят КП", duration: "7", result: "busy" as const };

  it("logs a call with its result and duration", () => {
    expect(logInput("cli_1", call)).toEqual({
      input: {
        clientId: "cli_1",
        type: "call",
        function: null,
        body: "Просят КП",
        call: { result: "busy", durationSec: 420 },
      },
    });
  });

  it("adds the follow-up task when the toggle is on, for me unless someone is chosen", () => {
    const draft = {
      ...call,
      followUp: true,
      taskTitle: "Отправить КП",
      dueDate: "2026-12-11",
      dueTime: "11:00",
    };
    expect(followUpOf(logInput("cli_1", draft))).toEqual({
      title: "Отправить КП",
      dueAt: new Date(2026, 11, 11, 11, 0).getTime(),
    });
    expect(followUpOf(logInput("cli_1", { ...draft, assigneeId: "usr_b" }))).toMatchObject({
      assigneeId: "usr_b",
    });
  });

  it("names the field at fault before asking the server", () => {
    expect(logInput("cli_1", { ...call, duration: "долго" })).toEqual({
      problem: { field: "call.durationSec", reason: "duration" },
    });
    expect(logInput("cli_1", { ...call, followUp: true, taskTitle: "x" })).toEqual({
      problem: { field: "followUp.dueAt", reason: "due" },
    });
  });

  it("sends a message as a message or an email, and notes without call details or a task", () => {
    expect(logInput("cli_1", { ...emptyDraft("message"), channel: "email", body: "КП" }).input?.type).toBe(
      "email",
    );
    expect(logInput("cli_1", { ...emptyDraft("note"), body: "x", followUp: true })).toEqual({
      input: { clientId: "cli_1", type: "note", function: null, body: "x" },
    });
  });
});

describe("taskInput", () => {
  const draft = {
    ...emptyDraft("task"),
    taskTitle: "Перезвонить",
    dueDate: "2026-12-11",
    clientRequest: true,
  };

  it("marks a client request only when offered", () => {
    expect(taskInput("cli_1", draft, true).input).toMatchObject({
      mark: "client-request",
      clientId: "cli_1",
    });
    expect(taskInput("cli_1", draft, false).input).not.toHaveProperty("mark");
  });

  it("needs a date", () => {
    expect(taskInput("cli_1", { ...draft, dueDate: "" }, false)).toEqual({
      problem: { field: "dueAt", reason: "due" },
    });
  });
});
