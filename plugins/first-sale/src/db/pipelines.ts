import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { StageKind } from "../domain/pipeline.ts";

/** Sales pipelines; one is the default, where deals from leads start. */
export const pipelines = sqliteTable("first_sale_pipelines", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  isDefault: integer("is_default", { mode: "boolean" }).notNull(),
  position: integer("position").notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** The stages of a pipeline in order: working stages, then one won and one lost stage. */
export const stages = sqliteTable(
  "first_sale_stages",
  {
    id: text("id").primaryKey(),
    pipelineId: text("pipeline_id")
      .notNull()
      .references(() => pipelines.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    kind: text("kind").$type<StageKind>().notNull(),
    /** Whole percent; weights the forecast. */
    probability: integer("probability").notNull(),
    /** Days a deal may sit here before it rots; null: never by age. */
    rottingDays: integer("rotting_days"),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [index("first_sale_stages_pipeline").on(t.pipelineId, t.position)],
);
