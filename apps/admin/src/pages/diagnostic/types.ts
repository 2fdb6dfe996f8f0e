import type { OutputOf } from "../../lib/api-types.ts";
import type { QuartetClient } from "../../lib/trpc.ts";

type Diagnostic = QuartetClient["core"]["diagnostic"];

/** The questionnaire and the answers Quartet's data gives. */
export type Prefill = OutputOf<Diagnostic["prefill"]>;
/** One question: id, section, answer codes. */
export type Question = Prefill["questions"][number];
/** An answer taken from data, with its source. */
export type Prefilled = Prefill["answers"][number];
/** A stored diagnostic with its answers and report. */
export type StoredDiagnostic = OutputOf<Diagnostic["get"]>;
/** A report's recommendation. */
export type Recommendation = StoredDiagnostic["report"]["recommendations"][number];
/** A past report as the list shows it. */
export type PastReport = OutputOf<Diagnostic["list"]>[number];
