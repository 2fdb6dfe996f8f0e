export {
  type BankAccountInput,
  type BankAccountInputRaw,
  bankAccountInput,
  bankAccountsInput,
} from "./bank-account-input.ts";
export {
  type BankCodeResult,
  controlKeyMatches,
  validateBik,
  validateCorrespondentAccount,
  validateSettlementAccount,
} from "./bank-codes.ts";
export { checkRequisiteImage, type ImageCheck, type ImageKind, imageKinds, maxImageBytes } from "./images.ts";
export { requisiteMessages } from "./messages.ts";
export { type RequisitesInput, type RequisitesInputRaw, requisitesInput } from "./requisites-input.ts";
export { type VatMode, vatModeIds, vatModes } from "./vat-modes.ts";
