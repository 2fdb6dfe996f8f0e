import type { Page } from "playwright-core";

/** A person the tests sign up. */
export type Account = { name: string; email: string; password: string };

/** The founder of the tests' organisation. */
export const anna: Account = { name: "Анна Петрова", email: "anna@example.ru", password: "correct-horse-42" };

/** A colleague invited by the founder. */
export const ivan: Account = { name: "Иван Соколов", email: "ivan@example.ru", password: "battery-staple-7" };

/** Posts JSON from inside the page (same origin, so the session cookie is kept); throws on a refusal. */
async function postFromPage(page: Page, path: string, body: unknown): Promise<void> {
  const status = await page.evaluate(
    async (input) => {
      const response = await fetch(input.path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input.body),
      });
      return response.status;
    },
    { path, body },
  );
  if (status !== 200) throw new Error(`POST ${path} answered ${status}`);
}

/** Signs an account up through better-auth from inside the page: the test starts signed in, without an organisation. */
export async function signUpThroughApi(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await postFromPage(page, "/api/auth/sign-up/email", account);
}

/** Signs an account up and creates a solo organisation through the server's own endpoints. */
export async function signUpWithOrganisation(page: Page, baseUrl: string, account: Account, orgName: string) {
  await signUpThroughApi(page, baseUrl, account);
  await postFromPage(page, "/trpc/core.org.create", { json: { name: orgName, growthStage: "solo" } });
}

/** Creates an invitation through tRPC from a signed-in page and returns its link. */
export async function inviteThroughApi(page: Page, email: string, role = "member"): Promise<string> {
  return page.evaluate(
    async (input) => {
      const response = await fetch("/trpc/core.invitations.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      const body = (await response.json()) as { result?: { data?: { json?: { link?: string } } } };
      const link = body.result?.data?.json?.link;
      if (!link) throw new Error(`core.invitations.create answered ${response.status}`);
      return link;
    },
    { email, role },
  );
}
