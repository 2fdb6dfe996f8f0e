export {
  type Assigned,
  type AssignmentExplanation,
  type AssignmentInput,
  type AssignmentResult,
  type AssignmentStrategy,
  assignmentStrategies,
  type Candidate,
  chooseAssignee,
  type NotAssigned,
  type SkipReason,
} from "./assignment.ts";
export {
  type Coverage,
  type CoverageInput,
  type CoverageStatus,
  type CoveringPerson,
  computeCoverage,
  type FunctionAssignment,
  type FunctionTeam,
  type LegCoverage,
} from "./coverage.ts";
export { describeAssignment } from "./describe-assignment.ts";
export { type GrowthStage, growthStages, isGrowthStage } from "./growth-stage.ts";
export { adviseOnStage, type StageHint, type StageHintCode } from "./stage-advice.ts";
