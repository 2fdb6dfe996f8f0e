export { zadarmaAdapter } from "./adapter.ts";
export { defaultZadarmaApiUrl, type ZadarmaApiOptions } from "./api.ts";
export { callStartInstant } from "./call-start.ts";
export { signedFields, type ZadarmaEvent } from "./notification-fields.ts";
export { parseZadarmaNotification } from "./notifications.ts";
export { type ZadarmaSettings, zadarmaSettings } from "./settings.ts";
export { apiSignature, authorizationHeader, notificationSignature, phpQuery } from "./signature.ts";
