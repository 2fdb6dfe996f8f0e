import { collectRoutes, usePluginHost } from "@quartet/ui";
import { Route, Router } from "@solidjs/router";
import { For, type JSX, lazy } from "solid-js";
import { RequireSession } from "./guards/require-session.tsx";

const Workspace = lazy(() => import("./shell/workspace.tsx"));
const PluginRoute = lazy(() => import("./shell/plugin-route.tsx"));
const SignInPage = lazy(() => import("./pages/auth/sign-in-page.tsx"));
const SignUpPage = lazy(() => import("./pages/auth/sign-up-page.tsx"));
const ForgotPasswordPage = lazy(() => import("./pages/auth/forgot-password-page.tsx"));
const ResetPasswordPage = lazy(() => import("./pages/auth/reset-password-page.tsx"));
const InvitePage = lazy(() => import("./pages/auth/invite-page.tsx"));
const VerifyEmailPage = lazy(() => import("./pages/auth/verify-email-page.tsx"));
const OnboardingPage = lazy(() => import("./pages/onboarding/onboarding-page.tsx"));
const HomePage = lazy(() => import("./pages/status/home-page.tsx"));
const FunctionsPage = lazy(() => import("./pages/functions/functions-page.tsx"));
const ClientsPage = lazy(() => import("./pages/clients/clients-page.tsx"));
const ClientPage = lazy(() => import("./pages/client/client-page.tsx"));
const MyWorkPage = lazy(() => import("./pages/my-work/my-work-page.tsx"));
const ImportPage = lazy(() => import("./pages/import/import-page.tsx"));
const TeamPage = lazy(() => import("./pages/team/team-page.tsx"));
const SettingsPage = lazy(() => import("./pages/settings/settings-page.tsx"));
const RequisitesPage = lazy(() => import("./pages/settings/requisites/requisites-page.tsx"));
const WebhooksPage = lazy(() => import("./pages/settings/webhooks/webhooks-page.tsx"));
const TelephonyPage = lazy(() => import("./pages/settings/telephony/telephony-page.tsx"));
const MailboxesPage = lazy(() => import("./pages/settings/mailboxes/mailboxes-page.tsx"));
const KitPage = lazy(() => import("./pages/settings/kit/kit-page.tsx"));
const NotificationsPage = lazy(() => import("./pages/notifications/notifications-page.tsx"));
const NotificationSettingsPage = lazy(() => import("./pages/notifications/preferences-page.tsx"));
const SystemPage = lazy(() => import("./pages/system/system-page.tsx"));
const DiagnosticPage = lazy(() => import("./pages/diagnostic/diagnostic-page.tsx"));
const DiagnosticReportPage = lazy(() => import("./pages/diagnostic/report-page.tsx"));
const NotFoundPage = lazy(() => import("./pages/not-found-page.tsx"));

/**
 * Every address of the app: the public auth pages, onboarding behind sign-in, and the
 * organisation's pages inside the shell (core pages, then plugin pages, then the 404 page).
 */
export function AppRoutes(): JSX.Element {
  const pluginRoutes = collectRoutes(usePluginHost());
  return (
    <Router>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/sign-up" component={SignUpPage} />
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/reset-password" component={ResetPasswordPage} />
      <Route path="/invite" component={InvitePage} />
      <Route path="/verify-email" component={VerifyEmailPage} />
      <Route path="" component={RequireSession}>
        <Route path="/onboarding" component={OnboardingPage} />
        <Route path="" component={Workspace}>
          <Route path="/" component={HomePage} />
          <Route path="/my-work" component={MyWorkPage} />
          <Route path="/clients" component={ClientsPage} />
          <Route path="/clients/import" component={ImportPage} />
          <Route path="/clients/:id" component={ClientPage} />
          <Route path="/functions" component={FunctionsPage} />
          <Route path="/team" component={TeamPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/settings/requisites" component={RequisitesPage} />
          <Route path="/settings/webhooks" component={WebhooksPage} />
          <Route path="/settings/telephony" component={TelephonyPage} />
          <Route path="/settings/mailboxes" component={MailboxesPage} />
          <Route path="/settings/developer/components" component={KitPage} />
          <Route path="/settings/notifications" component={NotificationSettingsPage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route path="/system" component={SystemPage} />
          <Route path="/diagnostic" component={DiagnosticPage} />
          <Route path="/diagnostic/:id" component={DiagnosticReportPage} />
          <For each={pluginRoutes}>
            {(route) => <Route path={route.path} component={() => <PluginRoute route={route} />} />}
          </For>
          <Route path="*404" component={NotFoundPage} />
        </Route>
      </Route>
    </Router>
  );
}
