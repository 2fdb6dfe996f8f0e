export { cleanInputTexts } from "./clean-input-texts.ts";
export { escapeLike, likeText } from "./like-pattern.ts";
export { type NormalizedInput, normalizeInputTexts } from "./normalize-input.ts";
export { hasRefusedControl, type NormalizedText, normalizeText, type TextShape } from "./normalize-text.ts";
export { cleanText } from "./text-fields.ts";
