import { cleanText, recordMessages, salesFunctions, taskMarks } from "@quartet/core";
import { z } from "zod";
import { businessDate } from "../orders/order-input.ts";

const instant = z.number().int().nonnegative();
const title = cleanText(300).min(1, recordMessages.sayWhatToDo);
const note = cleanText(5_000, "multiline");

/** A new task: a deadline either as an instant (`dueAt`) or as a whole day (`dueDate`), not both. */
export const createTaskInput = z.object({
  title,
  clientId: z.string().min(1).nullish(),
  function: z.enum(salesFunctions).nullish(),
  /** `client-request`: a client waits for an answer (VIP times the answer against its tier's SLA). */
  mark: z.enum(taskMarks).nullish(),
  /** A member; defaults to whoever creates it. */
  assigneeId: z.string().min(1).optional(),
  dueAt: instant.nullish(),
  /** All day: due until the end of this date in the organisation's time zone. */
  dueDate: businessDate.nullish(),
  remindAt: instant.nullish(),
  note: note.nullish(),
});

/** Changes to a task; `null` clears a field. */
export const updateTaskInput = z.object({
  taskId: z.string().min(1, recordMessages.chooseTask),
  title: title.optional(),
  clientId: z.string().min(1).nullable().optional(),
  function: z.enum(salesFunctions).nullable().optional(),
  assigneeId: z.string().min(1).optional(),
  dueAt: instant.nullable().optional(),
  dueDate: businessDate.nullable().optional(),
  remindAt: instant.nullable().optional(),
  note: note.nullable().optional(),
});
