import type { Translation } from "@quartet/ui/pure";
import type { en } from "./en.ts";
import { client } from "./ru/client.ts";
import { common } from "./ru/common.ts";
import { desk } from "./ru/desk.ts";
import { program } from "./ru/program.ts";
import { settings } from "./ru/settings.ts";

/** Русские тексты VIP: те же ключи, что в английском словаре. */
export const ru: Translation<typeof en> = { ...common, ...desk, ...program, ...client, ...settings };
