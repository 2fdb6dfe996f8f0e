export { type IsoWeek, isoWeekMonday, isoWeekOf, lastIsoWeeks } from "./iso-week.ts";
export { judgeLeg } from "./judge-leg.ts";
export { judgeReading } from "./judge-reading.ts";
export { legFacts } from "./leg-facts.ts";
export { missingLeg } from "./missing-leg.ts";
export { type Clause, type Sentence, verdictSentence } from "./sentence.ts";
export type * from "./types.ts";
export { chooseVerdict, verdictFactLimit } from "./verdict.ts";
