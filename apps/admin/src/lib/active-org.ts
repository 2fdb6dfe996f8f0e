import { type Accessor, createSignal } from "solid-js";

/** The organisation this browser tab works in. */
export type ActiveOrgStore = {
  readonly id: Accessor<string | null>;
  readonly set: (orgId: string | null) => void;
};

/** The sessionStorage key: each tab keeps its own organisation, so two tabs can work in two. */
export const activeOrgStorageKey = "quartet.org";

type TabStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function tabStorage(): TabStorage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Creates the tab's active-organisation store, read from and written to sessionStorage.
 * The tRPC client sends it as `x-quartet-org`; null lets the server pick the user's last one.
 */
export function createActiveOrgStore(storage: TabStorage | null = tabStorage()): ActiveOrgStore {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(activeOrgStorageKey) ?? null;
  } catch {
    saved = null;
  }
  const [id, setId] = createSignal<string | null>(saved);
  return {
    id,
    set(orgId) {
      setId(orgId);
      try {
        if (orgId) storage?.setItem(activeOrgStorageKey, orgId);
        else storage?.removeItem(activeOrgStorageKey);
      } catch {
        // Storage may be disabled; the choice then lasts until the page reloads.
      }
    },
  };
}
