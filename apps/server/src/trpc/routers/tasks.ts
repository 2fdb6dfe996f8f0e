import { corePermissions, recordMessages } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { agendaFor, agendaInput } from "../../agenda/index.ts";
import { clientTasks } from "../../records/tasks/client-tasks.ts";
import { createTask } from "../../records/tasks/create-task.ts";
import { deleteTask } from "../../records/tasks/delete-task.ts";
import { dueReminders } from "../../records/tasks/due-reminders.ts";
import { markReminded } from "../../records/tasks/mark-reminded.ts";
import { myTasks } from "../../records/tasks/my-tasks.ts";
import { overdueTasks, overdueTasksInput } from "../../records/tasks/overdue-tasks.ts";
import { setTaskDone } from "../../records/tasks/set-task-done.ts";
import { createTaskInput, updateTaskInput } from "../../records/tasks/task-input.ts";
import { updateTask } from "../../records/tasks/update-task.ts";
import { recordsContext } from "../../records/timeline/context.ts";

const use = protectedProcedure(corePermissions.tasksUse.id);
const taskId = z.object({ taskId: z.string().min(1, recordMessages.chooseTask) });

/** `core.tasks`: to-dos with deadlines and reminders. */
export const tasksRouter = router({
  mine: use.query(({ ctx }) => myTasks({ ctx: recordsContext(ctx) })),
  /** My open tasks and the enabled plugins' dated items (callbacks) from `from` to `to`, with what is overdue. */
  agenda: use
    .input(agendaInput)
    .query(({ ctx, input }) => agendaFor(ctx.host.host).query(recordsContext(ctx), input)),
  overdue: use.input(overdueTasksInput).query(({ ctx, input }) => overdueTasks({ ctx: ctx.service, input })),
  forClient: use
    .input(
      z.object({
        clientId: z.string().min(1, recordMessages.chooseClient),
        includeDone: z.boolean().default(false),
      }),
    )
    .query(({ ctx, input }) => clientTasks({ ctx: ctx.service, input })),
  dueReminders: use.query(({ ctx }) => dueReminders({ ctx: ctx.service })),
  markReminded: use
    .input(z.object({ taskIds: z.array(z.string().min(1)).min(1).max(200) }))
    .mutation(({ ctx, input }) => markReminded({ ctx: ctx.service, input })),
  create: use
    .input(createTaskInput)
    .mutation(({ ctx, input }) => createTask({ ctx: recordsContext(ctx), input })),
  update: use
    .input(updateTaskInput)
    .mutation(({ ctx, input }) => updateTask({ ctx: recordsContext(ctx), input })),
  complete: use
    .input(taskId)
    .mutation(({ ctx, input }) => setTaskDone({ ctx: ctx.service, input: { ...input, done: true } })),
  reopen: use
    .input(taskId)
    .mutation(({ ctx, input }) => setTaskDone({ ctx: ctx.service, input: { ...input, done: false } })),
  delete: use.input(taskId).mutation(({ ctx, input }) => deleteTask({ ctx: ctx.service, input })),
});
