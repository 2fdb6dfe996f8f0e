import { Navigate, useSearchParams } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useSession } from "../lib/session-context.tsx";
import { nextPath } from "./sign-in-path.ts";

/** Sign-in and sign-up pages: someone already signed in goes on to where they were heading. */
export function RedirectIfSignedIn(props: { children: JSX.Element }): JSX.Element {
  const session = useSession();
  const [params] = useSearchParams();
  const next = () => nextPath(typeof params.next === "string" ? params.next : null);
  return (
    <Show when={session.status() === "signed-in"} fallback={props.children}>
      <Navigate href={next()} />
    </Show>
  );
}
