import type { SalesFunction } from "@quartet/core";
import type { Host } from "../host/create-host.ts";
import { latin } from "./names.ts";
import type { DemoStage, DemoUser } from "./stage.ts";

/** The people of the demo department and the role each plays. */
export type DemoTeam = {
  owner: DemoUser;
  head: DemoUser;
  callers: DemoUser[];
  closer: DemoUser;
  farmer: DemoUser;
  vipManager: DemoUser;
};

/** Who joins the owner: name, built-in role, and the function they work with their daily limit. */
const cast = [
  { key: "head", name: "Ирина Волкова", role: "head-of-sales", fn: null, capacity: null },
  { key: "caller", name: "Артём Лебедев", role: "caller", fn: "prospecting", capacity: 40 },
  { key: "caller", name: "Дарья Зайцева", role: "caller", fn: "prospecting", capacity: 40 },
  { key: "closer", name: "Максим Орлов", role: "member", fn: "first-sale", capacity: 6 },
  { key: "farmer", name: "Екатерина Смирнова", role: "member", fn: "farming", capacity: 2 },
  { key: "vipManager", name: "Павел Никитин", role: "member", fn: "vip", capacity: 5 },
] as const satisfies readonly {
  key: string;
  name: string;
  role: string;
  fn: SalesFunction | null;
  capacity: number | null;
}[];

/** A person signed up through the real sign-up (better-auth: hashed password, verified later by mail). */
export async function signUp(host: Host, name: string, email: string, password: string): Promise<DemoUser> {
  const { user } = await host.auth.api.signUpEmail({ body: { name, email, password } });
  return { id: user.id, name: user.name, email: user.email };
}

/**
 * Signs the cast up with `password`, invites each into the organisation with their role (accepted
 * as they would), and staffs the functions with daily limits: two part-time callers, a closer, a
 * farmer and a key-account manager; the head of sales manages and works no function herself.
 */
export async function seedTeam(
  host: Host,
  stage: DemoStage,
  input: { owner: DemoUser; orgId: string; password: string },
): Promise<DemoTeam> {
  const owner = await stage.as(input.owner);
  const domain = `${input.orgId.slice(-8).toLowerCase()}.demo.quartet.local`;
  const team: DemoTeam = {
    owner: input.owner,
    head: input.owner,
    callers: [],
    closer: input.owner,
    farmer: input.owner,
    vipManager: input.owner,
  };
  for (const person of cast) {
    const [first = "", last = ""] = person.name.split(" ");
    const user = await signUp(host, person.name, `${latin(first)}.${latin(last)}@${domain}`, input.password);
    const invited = await owner.core.invitations.create({ email: user.email, role: person.role });
    const token = new URL(invited.link).searchParams.get("token") ?? "";
    await (await stage.as(user)).core.invitations.accept({ token });
    if (person.fn) {
      await owner.core.staffing.assign({
        userId: user.id,
        function: person.fn,
        capacityPerDay: person.capacity,
      });
    }
    if (person.key === "caller") team.callers.push(user);
    else team[person.key] = user;
  }
  return team;
}
