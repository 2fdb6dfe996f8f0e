import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { LanguageSwitcher } from "../../shell/language-switcher.tsx";
import { Logo } from "../../shell/logo.tsx";
import "./auth.css";

/** The frame of the sign-in, sign-up, reset and invitation pages: the brand, a card, the language. */
export function AuthLayout(props: {
  title: string;
  subtitle?: string;
  children: JSX.Element;
  footer?: JSX.Element;
}): JSX.Element {
  const i18n = useT();
  return (
    <div class="auth">
      <header class="auth__top">
        <A class="auth__brand" href="/">
          <Logo />
          <span>{i18n.t("app.name")}</span>
        </A>
        <LanguageSwitcher />
      </header>
      <main class="auth__main" id="main">
        <div class="auth__card">
          <div class="auth__heading">
            <h1>{props.title}</h1>
            <Show when={props.subtitle}>
              <p class="q-muted">{props.subtitle}</p>
            </Show>
          </div>
          {props.children}
        </div>
        <Show when={props.footer}>
          <div class="auth__below">{props.footer}</div>
        </Show>
      </main>
      <footer class="auth__footer">{i18n.t("auth.footer")}</footer>
    </div>
  );
}
