import { A, useSearchParams } from "@solidjs/router";
import type { JSX } from "solid-js";
import { RedirectIfSignedIn } from "../../guards/redirect-if-signed-in.tsx";
import { usePageTitle } from "../../lib/page-title.ts";
import { AuthLayout } from "./auth-layout.tsx";
import { withQuery } from "./with-query.ts";

/**
 * A signed-out page (sign-in, sign-up): the title, the form, and a footer question linking to
 * the other page with the same `next` and `email`.
 */
export function AccountPage(props: {
  title: string;
  subtitle: string;
  question: string;
  linkLabel: string;
  linkTo: string;
  children: JSX.Element;
}): JSX.Element {
  const [params] = useSearchParams();
  usePageTitle(() => props.title);
  return (
    <RedirectIfSignedIn>
      <AuthLayout
        title={props.title}
        subtitle={props.subtitle}
        footer={
          <>
            {props.question}{" "}
            <A href={withQuery(props.linkTo, { next: params.next, email: params.email })}>
              {props.linkLabel}
            </A>
          </>
        }
      >
        {props.children}
      </AuthLayout>
    </RedirectIfSignedIn>
  );
}
