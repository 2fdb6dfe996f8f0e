import type { FarmingOutputs } from "../api.ts";

/** The board as `deals.board` answers it. */
export type Board = FarmingOutputs["deals"]["board"];

/** One column of the board: a stage with its count and sums. */
export type BoardColumn = Board["columns"][number];

/** A deal as the board shows it. */
export type BoardDeal = BoardColumn["deals"][number];
