import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { authApi } from "./auth-api.ts";
import { createSessionStore } from "./session.ts";

const anna = { id: "usr_1", name: "Анна", email: "anna@example.ru" };

/** The auth endpoints as a server with Anna's account would answer them. */
const api: typeof authApi = {
  ...authApi,
  session: async () => null,
  signIn: async () => anna,
  signUp: async () => anna,
  signOut: async () => undefined,
};

describe("createSessionStore", () => {
  it("tells a sign-out on purpose from a session that was never there", async () => {
    await createRoot(async (dispose) => {
      let cleared = 0;
      const session = createSessionStore({ api, onSignedOut: () => cleared++ });
      await session.refresh();
      expect([session.status(), session.signedOutOnPurpose()]).toEqual(["signed-out", false]);
      await session.signIn({ email: anna.email, password: "secret-42" });
      expect([session.status(), session.user(), session.signedOutOnPurpose()]).toEqual([
        "signed-in",
        anna,
        false,
      ]);
      await session.signOut();
      expect([session.status(), session.user(), session.signedOutOnPurpose(), cleared]).toEqual([
        "signed-out",
        null,
        true,
        1,
      ]);
      await session.signIn({ email: anna.email, password: "secret-42" });
      expect(session.signedOutOnPurpose()).toBe(false);
      dispose();
    });
  });
});
