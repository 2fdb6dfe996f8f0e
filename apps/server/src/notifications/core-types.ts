import { defineNotification, handoffRequested, type NotificationType } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, gt, isNull, lte } from "drizzle-orm";

/** How far back the task-due job looks, so tasks that fell due while the server was down still ring. */
const dueLookbackMs = 24 * 3_600_000;

/** A client was handed to me (or, with no receiver chosen yet, to the function I cover). */
export const handoffToMe = defineNotification({
  type: "core.handoff.requested",
  label: { en: "A client is handed to me", ru: "Мне передали клиента" },
  defaultChannels: ["inApp", "email", "telegram"],
  text: {
    title: { en: "Client handed to you: {client}", ru: "Вам передан клиент: {client}" },
    body: { en: "{note}", ru: "{note}" },
  },
  link: (params) => `/clients/${params.clientId}`,
  on: {
    event: handoffRequested,
    async recipients(ctx, event) {
      const { receiverId, toFunction, clientId, note } = event.payload;
      const client = await ctx.records.clients.get(clientId);
      const params = { clientId, client: client?.name ?? "—", note: note.trim() || "—" };
      const ids = receiverId ? [receiverId] : await ctx.staff.covering(toFunction);
      return ids.map((recipientId) => ({ recipientId, params }));
    },
  },
});

/** One of my tasks fell due: once per task, at its due time, to its assignee. */
export const taskDue = defineNotification({
  type: "core.task.due",
  label: { en: "My task is due", ru: "Подошёл срок моей задачи" },
  defaultChannels: ["inApp", "telegram"],
  text: { title: { en: "Task due: {title}", ru: "Срок задачи: {title}" } },
  link: (params) => (params.clientId ? `/clients/${params.clientId}` : "/my-work"),
  every: {
    everyMs: 60_000,
    async find(ctx) {
      const now = ctx.clock.now();
      const due = await ctx.org.db
        .select({ id: tasks.id, title: tasks.title, assigneeId: tasks.assigneeId, clientId: tasks.clientId })
        .from(tasks)
        .where(and(isNull(tasks.doneAt), lte(tasks.dueAt, now), gt(tasks.dueAt, now - dueLookbackMs)));
      return due.map((task) => ({
        recipientId: task.assigneeId,
        params: { title: task.title, clientId: task.clientId ?? "" },
        dedupeKey: `task-due:${task.id}`,
      }));
    },
  },
});

/** Core's own notification types. */
export const coreNotificationTypes: readonly NotificationType[] = [handoffToMe, taskDue];
