import { router } from "@quartet/core/trpc";

/** Farming's whitespace procedures. */
export const whitespaceRouter = router({});
