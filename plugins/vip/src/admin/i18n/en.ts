import { client } from "./en/client.ts";
import { common } from "./en/common.ts";
import { desk } from "./en/desk.ts";
import { program } from "./en/program.ts";
import { settings } from "./en/settings.ts";

/** VIP's English texts; they define the keys. */
export const en = { ...common, ...desk, ...program, ...client, ...settings } as const;
