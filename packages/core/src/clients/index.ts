export {
  type ClientInput,
  type ClientInputRaw,
  type ClientKind,
  type ContactInput,
  type ContactInputRaw,
  type ContactRole,
  clientInput,
  clientKinds,
  contactInput,
  contactRoles,
} from "./client-input.ts";
export {
  emailDomain,
  type NormalizedResult,
  normalizeEmail,
  normalizePhone,
  type PhoneResult,
  websiteDomain,
} from "./contacts.ts";
export {
  type ColumnMapping,
  contactNameParts,
  type MappingConfidence,
  parseTags,
  suggestMapping,
  type TargetField,
  targetFields,
} from "./csv-mapping.ts";
export {
  type DedupInput,
  type DedupKeys,
  type DuplicateMatch,
  type DuplicateReason,
  dedupKeysOf,
  type ExactKey,
  exactKeys,
  findDuplicates,
} from "./duplicates.ts";
export * from "./events.ts";
export { freeMailDomains, isFreeMailDomain } from "./free-mail.ts";
export {
  type HandoffAction,
  type HandoffRoute,
  type HandoffState,
  type HandoffTrigger,
  handoffRouteOf,
  handoffRoutes,
  handoffStates,
  isOverdue,
  nextHandoffState,
} from "./handoffs.ts";
export {
  customFieldsField,
  emailsField,
  inputIssueCodes,
  optionalText,
  phonesField,
  tagsField,
  taxIdField,
  websiteField,
} from "./input-fields.ts";
export {
  assertStageMove,
  type ClientTier,
  type CustomerBasis,
  canMoveStage,
  clientTiers,
  isClientTier,
  isLifecycleStage,
  type LifecycleStage,
  lifecycleStages,
  type StageMoveCheck,
  type StageMoveDetails,
  type StageRequirement,
} from "./lifecycle.ts";
export {
  nameMatchThreshold,
  nameSimilarity,
  namesMatch,
  normalizeCompanyName,
  normalizedNameSimilarity,
} from "./names.ts";
export {
  lineTotal,
  type OrderLine,
  type OrderTotals,
  orderTotals,
  type PaymentStatus,
  paymentStatus,
} from "./orders.ts";
export { endOfLocalDay, reminderDue, type TaskBuckets, type TaskTiming, taskBuckets } from "./tasks.ts";
export { checkTaxId, type TaxIdCheck, type TaxIdKind, taxIdMessages } from "./tax-id-messages.ts";
export {
  type KppResult,
  type OgrnResult,
  type TaxIdFailure,
  type TaxIdReason,
  type TaxIdResult,
  type TaxpayerKind,
  validateInn,
  validateKpp,
  validateOgrn,
} from "./tax-ids.ts";
